namespace Insights.Tests.Demo;

/// <summary>The demo world keeps the source contract: value sets, ids, the history window, and consistent references.</summary>
[Collection(DemoWorldCollection.Name)]
public sealed class DemoWorldTests(DemoWorldFixture world)
{
    [Fact]
    public void Every_coded_column_stays_within_its_value_set()
    {
        var f = world.Files;

        Assert.Subset(Set("North", "South", "East", "West", "Central"), f.Customers.Select(c => c.Region).ToHashSet());
        Assert.Subset(Set("store", "web", "app", "phone", "referral"), f.Customers.Select(c => c.SignupChannel).ToHashSet());
        Assert.Subset(Set("store", "web", "app", "phone"), f.Orders.Select(o => o.Channel).ToHashSet());
        Assert.Equal(["cancelled", "completed"], f.Orders.Select(o => o.Status).Distinct().Order());
        Assert.Subset(Set("visit", "phone", "letter", "email", "audio_video_conference", "instant_message", "portal_login", "portal_order",
            "portal_account_change"), f.Contacts.Select(c => c.Channel).ToHashSet());
        Assert.Equal(["inbound", "outbound"], f.Contacts.Select(c => c.Direction).Distinct().Order());
        Assert.Equal(["billing_error", "damaged_item", "delivery_delay", "product_quality", "staff_behaviour", "website_problem", "wrong_item"],
            f.Complaints.Select(c => c.Category).Distinct().Order());
        Assert.Equal(["critical", "high", "low", "medium"], f.Complaints.Select(c => c.Severity).Distinct().Order());
        Assert.Equal(["in_progress", "open", "resolved"], f.Complaints.Select(c => c.Status).Distinct().Order());
        Assert.Equal(["changed_mind", "damaged", "late_delivery", "not_as_described", "wrong_size"], f.Returns.Select(r => r.Reason).Distinct().Order());
        Assert.Equal(12, f.Products.Select(p => p.Category).Distinct().Count());
    }

    [Fact]
    public void About_one_order_in_a_hundred_is_cancelled()
    {
        var cancelled = world.Files.Orders.Count(o => o.Status == "cancelled") / (double)world.Files.Orders.Count;

        Assert.InRange(cancelled, 0.005, 0.02);
    }

    [Fact]
    public void Ids_are_dense_and_unique_and_lines_are_numbered_within_their_order()
    {
        var f = world.Files;

        Assert.Equal(Enumerable.Range(1, f.Customers.Count), f.Customers.Select(c => c.Id));
        Assert.Equal(Enumerable.Range(1, f.Products.Count), f.Products.Select(p => p.Id));
        Assert.Equal(f.Products.Count, f.Products.Select(p => p.Sku).Distinct().Count());
        Assert.Equal(f.Customers.Count, f.Customers.Select(c => c.Email).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, f.Orders.Count).Select(i => (long)i), f.Orders.Select(o => o.Id));
        Assert.Equal(Enumerable.Range(1, f.Contacts.Count).Select(i => (long)i), f.Contacts.Select(c => c.Id));
        Assert.Equal(Enumerable.Range(1, f.Complaints.Count).Select(i => (long)i), f.Complaints.Select(c => c.Id));
        foreach (var order in f.Lines.GroupBy(l => l.OrderId))
            Assert.Equal(Enumerable.Range(1, order.Count()), order.Select(l => l.LineNumber));
        Assert.Equal(f.Orders.Count, f.Lines.Select(l => l.OrderId).Distinct().Count());
    }

    [Fact]
    public void Order_ids_ascend_with_order_time()
    {
        var times = world.Files.Orders.Select(o => o.OrderedAt).ToList();

        Assert.Equal(times.Order(), times);
    }

    [Fact]
    public void Nothing_happens_after_the_end_date_or_before_the_history_starts()
    {
        var f = world.Files;
        var start = DemoWorldFixture.Start;
        var end = DemoWorldFixture.End;

        Assert.All(f.Orders, o => Assert.InRange(o.OrderedAt, start, end));
        Assert.All(f.Orders, o => Assert.InRange(o.UpdatedAt, o.OrderedAt, end));
        Assert.All(f.Returns, r => Assert.InRange(r.ReturnedAt, start, end));
        Assert.All(f.Contacts, c => Assert.InRange(c.ContactedAt, start, end));
        Assert.All(f.Complaints, c => Assert.InRange(c.OpenedAt, start, end));
        Assert.All(f.Complaints, c => Assert.InRange(c.ResolvedAt ?? c.OpenedAt, c.OpenedAt, end));
        Assert.All(f.Customers, c => Assert.InRange(c.UpdatedAt, c.SignedUpAt, end));
        Assert.All(f.Products, p => Assert.True(p.UpdatedAt <= end));
        Assert.Contains(f.Customers, c => c.SignedUpAt < start);    // existing customers before the history
        Assert.Contains(f.Customers, c => c.SignedUpAt > start.AddYears(1));
    }

    [Fact]
    public void Customers_buy_and_are_contacted_only_after_signing_up()
    {
        var signedUp = world.Files.Customers.ToDictionary(c => c.Id, c => c.SignedUpAt);

        Assert.All(world.Files.Orders, o => Assert.True(o.OrderedAt >= signedUp[o.CustomerId]));
        Assert.All(world.Files.Contacts, c => Assert.True(c.ContactedAt >= signedUp[c.CustomerId]));
    }

    [Fact]
    public void Returns_follow_their_order_and_never_refund_more_than_was_paid()
    {
        var orders = world.Files.Orders.ToDictionary(o => o.Id);
        var lines = world.Files.Lines.ToDictionary(l => (l.OrderId, l.LineNumber));

        Assert.Equal(world.Files.Returns.Count, world.Files.Returns.Select(r => (r.OrderId, r.LineNumber)).Distinct().Count());
        Assert.All(world.Files.Returns, r =>
        {
            var line = lines[(r.OrderId, r.LineNumber)];
            Assert.Equal("completed", orders[r.OrderId].Status);
            Assert.True(r.ReturnedAt > orders[r.OrderId].OrderedAt);
            Assert.InRange(r.Quantity, 1, line.Quantity);
            Assert.InRange(r.Refund, 0m, line.Net);
        });
    }

    [Fact]
    public void Money_has_two_decimals_and_discounts_never_exceed_the_gross_amount()
    {
        Assert.All(world.Files.Lines, l =>
        {
            Assert.True(l.Quantity >= 1);
            Assert.True(l.UnitPrice > 0);
            Assert.InRange(l.Discount, 0m, l.Quantity * l.UnitPrice);
            Assert.Equal(Math.Round(l.Discount, 2), l.Discount);
        });
        Assert.All(world.Files.Products, p => Assert.InRange(p.ListPrice, 0.2m, 500m));
    }

    [Fact]
    public void Complaints_reference_the_customers_own_orders_and_products()
    {
        var orders = world.Files.Orders.ToDictionary(o => o.Id);
        var productsByOrder = world.Files.Lines.ToLookup(l => l.OrderId, l => l.ProductId);

        var withOrder = world.Files.Complaints.Where(c => c.OrderId is not null).ToList();
        Assert.InRange(withOrder.Count / (double)world.Files.Complaints.Count, 0.7, 1.0);   // usually, not always
        Assert.All(withOrder, c => Assert.Equal(c.CustomerId, orders[c.OrderId!.Value].CustomerId));
        Assert.All(withOrder.Where(c => c.ProductId is not null), c => Assert.Contains(c.ProductId!.Value, productsByOrder[c.OrderId!.Value]));
        Assert.All(world.Files.Complaints, c => Assert.Equal(c.ResolvedAt is not null, c.Status == "resolved"));
    }

    [Fact]
    public void Complaints_are_first_answered_while_they_are_handled_and_only_answered_ones_are_reopened()
    {
        var complaints = world.Files.Complaints;

        Assert.All(complaints, c => Assert.InRange(c.FirstResponseAt ?? c.OpenedAt, c.OpenedAt, c.ResolvedAt ?? DemoWorldFixture.End));
        Assert.All(complaints.Where(c => c.Status == "open"), c => Assert.Equal((null, 0), (c.FirstResponseAt, c.ReopenedCount)));
        Assert.All(complaints, c => Assert.InRange(c.ReopenedCount, 0, 20));
        Assert.All(complaints.Where(c => c.FirstResponseAt is null), c => Assert.Equal(0, c.ReopenedCount));
        // answered: every complaint but the open ones (and the odd one logged in the history's last hours)
        var handled = complaints.Where(c => c.Status != "open").ToList();
        Assert.True(handled.Count(c => c.FirstResponseAt is not null) >= 0.99 * handled.Count);
        Assert.Contains(complaints, c => c.FirstResponseAt == c.ResolvedAt);    // answered and solved at once
        Assert.Contains(complaints, c => c.ReopenedCount >= 2);
    }

    [Fact]
    public void Complaint_texts_hold_the_characters_pages_must_encode()
    {
        var texts = world.Files.Complaints.Select(c => c.Text).ToList();

        foreach (var ch in new[] { '\'', ',', '"', '&', '<', '>' })
            Assert.Contains(texts, t => t.Contains(ch));
    }

    static HashSet<string> Set(params string[] values) => [.. values];
}
