using Insights.Reports.Pages.CrossSell.Opportunities;
using Insights.Reports.Pages.Segments.Scope;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.CrossSell.Opportunities;

/// <summary>New-offering opportunities on the hand-solved <see cref="CrossSellWorld"/>.</summary>
public sealed class OpportunitiesQueryTests
{
    [Fact]
    public void Co_bought_pairs_without_a_bundle_are_sized_and_a_bundled_pair_is_left_out()
    {
        using var world = new CrossSellWorld(withSegments: false);

        var result = world.Get<OpportunitiesQuery>().Run(new OpportunitiesFilter { MinOrders = 1 });

        // pairs in the 10 completed orders: Bread+Milk (o1), Milk+Beer (o4), Bread+Cake (o5), Milk+Cheese (o9)
        // Bread+Cake is covered by the product "Bread & Cake box"; Bread+Milk: 1 * 10 / (4 Bread orders * 4 Milk orders) = 0.625,
        // not above 1. Milk+Beer: 1 * 10 / (4 * 3) = 0.83, no. Milk+Cheese: 1 * 10 / (4 * 2) = 1.25 -> the one opportunity
        var pair = Assert.Single(result.Pairs);
        Assert.Equal(("Milk", "Cheese"), (pair.ProductA, pair.ProductB));
        Assert.Equal((1L, 1L), (pair.Orders, pair.Customers));
        Assert.Equal(13.0, pair.NetAmount, 9);   // o9: Milk 5 + Cheese 8
        Assert.Equal(1.25, pair.Lift, 9);
    }

    [Fact]
    public void Complaints_and_returns_point_at_a_category_with_its_words_customers_and_revenue_at_stake()
    {
        using var world = new CrossSellWorld(withSegments: false);

        var signals = world.Get<OpportunitiesQuery>().Run(new OpportunitiesFilter()).Signals;

        // Dairy: complaints of c1 and c6 on Milk (quality: "Milk was sour", "sour taste, again"), c6 returned Cheese (damaged);
        // c1 and c6 spent Milk 5 + Cheese 8 each on Dairy = 26. Drinks: c5's delivery complaint on Beer; c5 spent 7.
        Assert.Equal(["Dairy", "Drinks"], signals.Select(s => s.Category));
        var dairy = signals[0];
        Assert.Equal((2L, 1L, 2L), (dairy.Complaints, dairy.Returns, dairy.Customers));
        Assert.Equal(26.0, dairy.NetAmount, 9);
        Assert.Equal("quality (2)", dairy.ComplaintCategories);
        Assert.Equal("sour (2), milk (1), taste (1)", dairy.Phrases);
        Assert.Equal("damaged (1)", dairy.ReturnReasons);
        Assert.Equal("delivery (1), late (1)", signals[1].Phrases);
        Assert.Contains("<svg", OpportunitiesChart.Render(signals));
    }

    [Fact]
    public void Category_pairs_compare_the_earlier_and_the_later_half_of_the_period()
    {
        using var world = new CrossSellWorld(withSegments: false);

        var rising = world.Get<OpportunitiesQuery>().Run(new OpportunitiesFilter { MinOrders = 1 }).Rising;

        // period 2024-01-01 .. 2024-04-30, midpoint 2024-03-01 (60 days in): the later half holds o7 (Bakery) and o10 (Drinks)
        // only, single-category orders, so no pair reaches one order in the later half
        Assert.Empty(rising);
        var early = world.Get<OpportunitiesQuery>().Run(new OpportunitiesFilter { MinOrders = 1, To = new DateOnly(2024, 1, 20) }).Rising;
        // up to 01-20: first day 01-01, last 01-20, midpoint 01-01 + 19 // 2 = 01-10; later half (after 01-10): o4 alone, which
        // holds Dairy+Drinks -> share 1/1; the pair never occurs in the earlier half (o1 o2 o3 o5 o6 o8 o9) -> growth unknown ("new")
        var pair = Assert.Single(early);
        Assert.Equal(("Dairy", "Drinks", 0L, 1L), (pair.CategoryA, pair.CategoryB, pair.EarlyOrders, pair.LateOrders));
        Assert.Equal(1.0, pair.LateShare!.Value, 12);
        Assert.Equal(0.0, pair.EarlyShare!.Value, 12);
        Assert.Null(pair.Growth);
    }

    [Fact]
    public void A_saved_segment_sizes_every_list_from_its_members_only()
    {
        using var world = new CrossSellWorld(withSegments: false);
        CrossSellWorld.SaveCustomers26(world.Get<DuckDbWarehouse>());
        var query = world.Get<OpportunitiesQuery>();
        Assert.Equal(1.25, Assert.Single(query.Run(new OpportunitiesFilter { MinOrders = 1 }).Pairs).Lift, 9);

        OpportunitiesFilter Members(OpportunitiesFilter filter)
        {
            filter.SegmentId = CrossSellWorld.Customers26;
            filter.ApplySegment(world.Get<SegmentScopes>().Resolve(filter.SegmentId, CancellationToken.None));
            return filter;
        }
        var result = query.Run(Members(new OpportunitiesFilter { MinOrders = 1 }));

        // the members' completed orders: c2 o3 Bread, o4 Milk+Beer; c6 o9 Milk+Cheese, o10 Beer (4 orders; Milk in 2, Beer in 2,
        // Cheese in 1). Milk+Beer: 1 * 4 / (2 * 2) = 1, not above 1; Milk+Cheese: 1 * 4 / (2 * 1) = 2 (everyone: 1.25)
        var pair = Assert.Single(result.Pairs);
        Assert.Equal(("Milk", "Cheese", 1L, 1L), (pair.ProductA, pair.ProductB, pair.Orders, pair.Customers));
        Assert.Equal((13.0, 2.0), (pair.NetAmount, pair.Lift));
        // signals: c6's complaint on Milk ("sour taste, again") and returned Cheese; c1's and c5's complaints are not members'
        var dairy = Assert.Single(result.Signals);
        Assert.Equal(("Dairy", 1L, 1L, 1L), (dairy.Category, dairy.Complaints, dairy.Returns, dairy.Customers));
        Assert.Equal(13.0, dairy.NetAmount, 9);   // c6's Dairy spend: Milk 5 + Cheese 8
        Assert.Equal(("quality (1)", "sour (1), taste (1)"), (dairy.ComplaintCategories, dairy.Phrases));
        // up to 01-20 the members' orders are o3 (01-02), o9 (01-07) and o4 (01-20): midpoint 01-02 + 18 // 2 = 01-11, the later
        // half is o4 alone (Dairy+Drinks, c2, 5 + 7), never in the earlier half
        var rising = Assert.Single(query.Run(Members(new OpportunitiesFilter { MinOrders = 1, To = new DateOnly(2024, 1, 20) })).Rising);
        Assert.Equal(("Dairy", "Drinks", 0L, 1L, 1L), (rising.CategoryA, rising.CategoryB, rising.EarlyOrders, rising.LateOrders, rising.Customers));
        Assert.Equal(12.0, rising.NetAmount, 9);
    }
}
