using Insights.Reports.Pages.Loyalty;

namespace Insights.Tests.Reports.Pages.Loyalty;

/// <summary>RFM scores and segments on the seven-customer world (TestData/loyalty/README.md works every number out).</summary>
public sealed class RfmTests(LoyaltyWorld world) : IClassFixture<LoyaltyWorld>
{
    LoyaltyCustomer Customer(IReadOnlyList<LoyaltyCustomer> list, int id) => Assert.Single(list, c => c.CustomerId == id);

    [Fact]
    public void Default_as_of_is_the_day_after_the_latest_completed_order()
    {
        // the cancelled order 402 on 2024-07-15 does not count
        Assert.Equal(LoyaltyWorld.AsOf, world.Scope().AsOf);
    }

    [Fact]
    public void Scores_follow_ntile_with_ties_broken_by_customer_id()
    {
        var list = world.Query.Customers(world.Scope(), new LoyaltySelection());

        // 7 customers: ntile(5) buckets of 2,2,1,1,1. (id, R, F, M, recency days, orders, net)
        (int Id, int R, int F, int M, int Recency, long Orders, decimal Net)[] expected =
        [
            (1, 5, 4, 4, 1, 3, 200m), (2, 3, 5, 3, 11, 3, 120m), (3, 1, 1, 5, 163, 1, 500m), (4, 2, 1, 2, 57, 1, 60m),
            (5, 1, 2, 1, 88, 2, 50m), (6, 4, 2, 1, 11, 1, 40m), (7, 2, 3, 2, 82, 2, 100m),
        ];
        Assert.Equal(7, list.Count);
        foreach (var e in expected)
        {
            var c = Customer(list, e.Id);
            Assert.Equal((e.R, e.F, e.M, e.Recency, e.Orders, e.Net), (c.R, c.F, c.M, c.RecencyDays, c.Orders, c.NetAmount));
        }
    }

    [Fact]
    public void Target_lists_greet_customers_by_their_preferred_name_from_the_current_version()
    {
        var list = world.Query.Customers(world.Scope(), new LoyaltySelection());

        // Ada (customer 1) has two versions; the list shows the current one, with her e-mail; Bo (2) has no e-mail
        var ada = Customer(list, 1);
        Assert.Equal(("Ada Early", "Ada", "ada@example.com", "North"), (ada.FullName, ada.PreferredName, ada.Email, ada.Region));
        var bo = Customer(list, 2);
        Assert.Equal(("Bo", null), (bo.PreferredName, bo.Email));
    }

    [Fact]
    public void Segments_follow_the_score_map_with_sizes_shares_and_average_order_value()
    {
        var rfm = world.Query.Rfm(world.Scope());

        Assert.Equal(["Champions", "Loyal", "Potential Loyalist", "At Risk", "Hibernating", "Lost"], rfm.Segments.Select(s => s.Segment));
        var lost = Assert.Single(rfm.Segments, s => s.Segment == "Lost");   // customers 3 and 5
        Assert.Equal(2, lost.Customers);
        Assert.Equal(550.00m, lost.NetAmount);
        Assert.Equal(3, lost.Orders);
        Assert.Equal(183.33m, lost.AvgOrderValue);                          // 550 / 3
        Assert.Equal(2.0 / 7, lost.CustomerShare, 9);
        Assert.Equal(550.0 / 1070, lost.RevenueShare, 9);                   // total net 1070
        Assert.Equal((163 + 88) / 2.0, lost.AvgRecencyDays, 9);
        var champions = Assert.Single(rfm.Segments, s => s.Segment == "Champions");
        Assert.Equal((1L, 200.00m, 66.67m), (champions.Customers, champions.NetAmount, champions.AvgOrderValue));
        Assert.Equal(7, rfm.TotalCustomers);
        Assert.Equal(7, rfm.Grid.Sum(c => c.Customers));
        Assert.Equal("Potential Loyalist", Assert.Single(rfm.Grid, c => c.R == 4 && c.F == 2).Segment);   // customer 6
    }

    [Fact]
    public void A_customer_with_one_purchase_is_scored_and_tied_recency_splits_by_id()
    {
        var list = world.Query.Customers(world.Scope(), new LoyaltySelection());

        // customers 2 and 6 both last ordered on 2024-06-20: the lower id gets the lower R bucket
        Assert.Equal((3, 4), (Customer(list, 2).R, Customer(list, 6).R));
        // customer 6 has one order, like 3 and 4, but the 1-order tie spans the F1/F2 edge: 3, 4 get F1 and 6 gets F2
        Assert.Equal((1, 1, 2), (Customer(list, 3).F, Customer(list, 4).F, Customer(list, 6).F));
        Assert.Equal("Lost", Customer(list, 3).Segment);
    }

    [Fact]
    public void Region_filter_uses_the_current_version_and_rescores_the_population()
    {
        // customer 1 moved from South to North on 2024-03-01: counted in North with all three orders
        var list = world.Query.Customers(world.Scope(region: "north"), new LoyaltySelection());

        Assert.Equal([1, 2, 5, 7], list.Select(c => c.CustomerId).Order());
        Assert.Equal(3, Customer(list, 1).Orders);
        // 4 customers: ntile(5) gives 1..4
        Assert.Equal(("Potential Loyalist", 4, 3), (Customer(list, 1).Segment, Customer(list, 1).R, Customer(list, 1).F));
        Assert.Equal(("Loyal", 3, 4), (Customer(list, 2).Segment, Customer(list, 2).R, Customer(list, 2).F));
        Assert.Equal("Lost", Customer(list, 5).Segment);
        Assert.Equal("Hibernating", Customer(list, 7).Segment);
    }

    [Fact]
    public void Channel_and_category_filters_count_only_matching_orders_and_lines()
    {
        var store = world.Query.Customers(world.Scope(channel: "store"), new LoyaltySelection());
        Assert.Equal([1, 3, 5], store.Select(c => c.CustomerId).Order());
        Assert.Equal((1L, 30.00m), (Customer(store, 1).Orders, Customer(store, 1).NetAmount));

        var games = world.Query.Customers(world.Scope(category: "Games"), new LoyaltySelection());
        Assert.Equal([1, 3, 4, 7], games.Select(c => c.CustomerId).Order());
        Assert.Equal((1L, 20.00m, 0.0), (Customer(games, 1).Orders, Customer(games, 1).NetAmount, Customer(games, 1).FullPriceShare));
    }

    [Fact]
    public void An_earlier_as_of_date_ignores_later_orders()
    {
        var list = world.Query.Customers(world.Scope(asOf: new DateOnly(2024, 6, 1)), new LoyaltySelection());

        Assert.DoesNotContain(list, c => c.CustomerId == 6);                  // first order 2024-06-20
        Assert.Equal((2L, 170.00m, 83), (Customer(list, 1).Orders, Customer(list, 1).NetAmount, Customer(list, 1).RecencyDays));
    }

    [Fact]
    public void Unknown_filter_values_are_refused_with_the_allowed_ones()
    {
        var error = Assert.Throws<LoyaltyFilterException>(() => world.Scope(region: "Atlantis"));
        Assert.Contains("North, South", error.Message);
        Assert.Throws<LoyaltyFilterException>(() => world.Scope(period: "decade"));
    }

    [Fact]
    public void Drill_down_lists_the_customers_behind_a_segment_and_a_grid_cell()
    {
        var lost = world.Query.Customers(world.Scope(), new LoyaltySelection { Segment = "Lost" });
        Assert.Equal([3, 5], lost.Select(c => c.CustomerId));                // biggest spender first: 500, then 50

        var cell = world.Query.Customers(world.Scope(), new LoyaltySelection { R = 2, F = 1 });
        Assert.Equal(4, Assert.Single(cell).CustomerId);

        // the page asks for its limit + 1 rows: the biggest spenders first (500, 200, 120)
        Assert.Equal([3, 1], world.Query.Customers(world.Scope(), new LoyaltySelection(), limit: 2).Select(c => c.CustomerId));
    }
}
