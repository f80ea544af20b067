namespace Insights.Tests.Demo;

/// <summary>The behaviour later reports look for is really in the data, strongly enough to be found.</summary>
[Collection(DemoWorldCollection.Name)]
public sealed class DemoSignalTests(DemoWorldFixture world)
{
    [Fact]
    public void Coffee_in_a_basket_makes_bakery_much_likelier()
    {
        var basketCategories = Baskets();
        var withCoffee = basketCategories.Where(b => b.Contains("Coffee")).ToList();

        var bakery = basketCategories.Count(b => b.Contains("Bakery")) / (double)basketCategories.Count;
        var bakeryGivenCoffee = withCoffee.Count(b => b.Contains("Bakery")) / (double)withCoffee.Count;

        Assert.True(bakeryGivenCoffee > 1.5 * bakery, $"P(Bakery | Coffee) = {bakeryGivenCoffee:F3}, P(Bakery) = {bakery:F3}");
    }

    [Fact]
    public void Baby_and_tea_baskets_pull_in_their_partner_categories()
    {
        var baskets = Baskets();

        Assert.True(Lift(baskets, "Baby", "Household") > 1.5);
        Assert.True(Lift(baskets, "Tea", "Snacks") > 1.5);
    }

    [Fact]
    public void Slow_or_unresolved_complaints_cut_later_buying_more_than_quick_ones()
    {
        var ordersByCustomer = world.Files.Orders.ToLookup(o => o.CustomerId, o => o.OrderedAt);
        // First complaint per customer, early enough that later buying had time to show.
        var firstComplaints = world.Files.Complaints
            .GroupBy(c => c.CustomerId)
            .Select(g => g.First())
            .Where(c => c.OpenedAt < DemoWorldFixture.End.AddDays(-120))
            .ToList();

        double ShareAfter(Func<DemoSourceFiles.Complaint, bool> group) => firstComplaints.Where(group)
            .Average(c => ordersByCustomer[c.CustomerId].Count(t => t > c.OpenedAt) / (double)ordersByCustomer[c.CustomerId].Count());

        var quick = ShareAfter(c => c.ResolvedAt is { } r && r - c.OpenedAt < TimeSpan.FromHours(48));
        var slow = ShareAfter(c => c.ResolvedAt is not { } r || r - c.OpenedAt > TimeSpan.FromDays(7));

        Assert.True(slow < quick - 0.15, $"share of orders after the complaint: quick {quick:F3}, slow or unresolved {slow:F3}");
    }

    [Fact]
    public void Some_customers_replenish_a_category_at_a_regular_interval()
    {
        var orders = world.Files.Orders.ToDictionary(o => o.Id);
        var category = world.Files.Products.ToDictionary(p => p.Id, p => p.Category);
        var series = world.Files.Lines
            .GroupBy(l => (orders[l.OrderId].CustomerId, category[l.ProductId]), l => orders[l.OrderId].OrderedAt)
            .Select(g => g.Distinct().Order().ToList())
            .Where(times => times.Count >= 6);

        var regular = series.Count(times =>
        {
            var gaps = times.Zip(times.Skip(1), (a, b) => (b - a).TotalDays).ToList();
            var mean = gaps.Average();
            var sd = Math.Sqrt(gaps.Average(g => (g - mean) * (g - mean)));
            return sd / mean < 0.3;
        });

        Assert.True(regular >= 100, $"{regular} customer-category series with a coefficient of variation below 0.3");
    }

    [Fact]
    public void Some_customers_pay_full_price_and_others_hunt_discounts()
    {
        var orders = world.Files.Orders.ToDictionary(o => o.Id);
        var discountShares = world.Files.Lines
            .GroupBy(l => orders[l.OrderId].CustomerId)
            .Where(g => g.Count() >= 10)
            .Select(g => g.Count(l => l.Discount > 0) / (double)g.Count())
            .ToList();

        Assert.InRange(discountShares.Count(s => s < 0.1) / (double)discountShares.Count, 0.15, 0.6);
        Assert.InRange(discountShares.Count(s => s > 0.5) / (double)discountShares.Count, 0.1, 0.5);
    }

    [Fact]
    public void Buying_ranges_from_one_timers_to_heavy_buyers_and_some_lapse()
    {
        var perCustomer = world.Files.Orders.GroupBy(o => o.CustomerId).Select(g => (Count: g.Count(), Last: g.Max(o => o.OrderedAt))).ToList();

        Assert.InRange(perCustomer.Count(c => c.Count == 1) / (double)perCustomer.Count, 0.1, 0.4);
        Assert.InRange(perCustomer.Count(c => c.Count >= 20) / (double)perCustomer.Count, 0.03, 0.3);
        // Lapsed: bought repeatedly, then nothing in the last six months.
        Assert.InRange(perCustomer.Count(c => c.Count >= 3 && c.Last < DemoWorldFixture.End.AddDays(-180)) / (double)perCustomer.Count, 0.1, 0.6);
    }

    [Fact]
    public void Apparel_and_electronics_come_back_far_more_often_than_groceries()
    {
        var category = world.Files.Products.ToDictionary(p => p.Id, p => p.Category);
        var returned = world.Files.Returns.Select(r => (r.OrderId, r.LineNumber)).ToHashSet();
        double ReturnRate(params string[] categories)
        {
            var lines = world.Files.Lines.Where(l => categories.Contains(category[l.ProductId])).ToList();
            return lines.Count(l => returned.Contains((l.OrderId, l.LineNumber))) / (double)lines.Count;
        }

        var groceries = ReturnRate("Coffee", "Tea", "Bakery", "Dairy", "Produce", "Snacks");
        Assert.True(ReturnRate("Apparel") > 5 * groceries);
        Assert.True(ReturnRate("Electronics") > 5 * groceries);
    }

    [Fact]
    public void Portal_users_leave_portal_events_at_their_online_orders()
    {
        var portalOrders = world.Files.Contacts.Where(c => c.Channel == "portal_order").Select(c => (c.CustomerId, c.ContactedAt)).ToHashSet();
        var online = world.Files.Orders.Where(o => o.Channel is "web" or "app").ToList();
        var store = world.Files.Orders.Where(o => o.Channel == "store").ToList();

        Assert.InRange(online.Count(o => portalOrders.Contains((o.CustomerId, o.OrderedAt))) / (double)online.Count, 0.2, 0.9);
        Assert.DoesNotContain(store, o => portalOrders.Contains((o.CustomerId, o.OrderedAt)));
    }

    [Fact]
    public void A_complaint_comes_with_a_call_mail_or_chat_just_before_it_is_logged()
    {
        var complaintContacts = world.Files.Contacts.Where(c => c.Topic == "complaint").ToLookup(c => c.CustomerId);

        var covered = world.Files.Complaints.Count(c => complaintContacts[c.CustomerId]
            .Any(k => k.Channel is "phone" or "email" or "instant_message" && k.ContactedAt <= c.OpenedAt && k.ContactedAt > c.OpenedAt.AddHours(-1)));

        Assert.True(covered >= 0.95 * world.Files.Complaints.Count);
    }

    List<HashSet<string>> Baskets()
    {
        var category = world.Files.Products.ToDictionary(p => p.Id, p => p.Category);
        return world.Files.Lines.GroupBy(l => l.OrderId).Select(g => g.Select(l => category[l.ProductId]).ToHashSet()).ToList();
    }

    static double Lift(List<HashSet<string>> baskets, string antecedent, string consequent)
    {
        var with = baskets.Where(b => b.Contains(antecedent)).ToList();
        var base_ = baskets.Count(b => b.Contains(consequent)) / (double)baskets.Count;
        return with.Count(b => b.Contains(consequent)) / (double)with.Count / base_;
    }
}
