using Insights.Reports.Pages.CrossSell.WhiteSpace;
using Insights.Reports.Pages.Segments.Scope;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.CrossSell.WhiteSpace;

/// <summary>The segment × category white space on the hand-solved <see cref="CrossSellWorld"/>.</summary>
public sealed class WhiteSpaceQueryTests
{
    [Fact]
    public void Gaps_compare_each_segment_with_the_other_segments_and_are_valued_at_spend_per_buyer()
    {
        using var world = new CrossSellWorld(withSegments: true);

        var result = world.Get<WhiteSpaceQuery>().Run(new WhiteSpaceFilter());

        // Champions c1-c3: Bakery 3/3, Dairy 2/3 (c1 c2), Drinks 1/3 (c2); Lost c4-c6: Bakery 1/3 (c4), Dairy 2/3 (c4 c6), Drinks 2/3
        Assert.Equal(6, result.Cells.Count);
        var cell = result.Cells.ToDictionary(c => (c.Segment, c.Category));
        Assert.Equal(1.0 / 3, cell[("Lost", "Bakery")].Penetration, 12);
        Assert.Equal(1.0, cell[("Lost", "Bakery")].Benchmark!.Value, 12);
        // Bakery spend: c1 10 + c2 10 + c3 22 + c4 10 = 52 over 4 buyers = 13; Lost misses (1 - 1/3) * 3 = 2 buyers = 26
        Assert.Equal(13.0, cell[("Lost", "Bakery")].SpendPerBuyer!.Value, 9);
        Assert.Equal(2.0, cell[("Lost", "Bakery")].GapCustomers, 9);
        Assert.Equal(26.0, cell[("Lost", "Bakery")].GapAmount, 9);
        // Champions Drinks: 1/3 against 2/3 -> 1 missing buyer at 21 / 3 = 7
        Assert.Equal(7.0, cell[("Champions", "Drinks")].GapAmount, 9);
        // Dairy is 2/3 in both: no gap; a segment above its benchmark has no negative gap
        Assert.Equal(0.0, cell[("Champions", "Dairy")].GapAmount, 12);
        Assert.Equal(0.0, cell[("Champions", "Bakery")].GapAmount, 12);
        Assert.Equal([("Lost", "Bakery"), ("Champions", "Drinks")], result.Gaps.Select(g => (g.Segment, g.Category)));
        Assert.Contains("<svg", WhiteSpaceChart.Render(result));
    }

    [Fact]
    public void A_saved_segment_counts_only_its_members_in_every_cell_and_benchmark()
    {
        using var world = new CrossSellWorld(withSegments: true);
        CrossSellWorld.SaveCustomers26(world.Get<DuckDbWarehouse>());
        var query = world.Get<WhiteSpaceQuery>();
        Assert.Equal(26.0, query.Run(new WhiteSpaceFilter()).Cells.Single(c => (c.Segment, c.Category) == ("Lost", "Bakery")).GapAmount, 9);

        // the same query (and cache) with the segment: a result of its own, not the one above
        var filter = new WhiteSpaceFilter { SegmentId = CrossSellWorld.Customers26 };
        filter.ApplySegment(world.Get<SegmentScopes>().Resolve(filter.SegmentId, CancellationToken.None));
        var result = query.Run(filter);

        // members c2 (Champions: Bakery 10, Dairy 5, Drinks 7) and c6 (Lost: Dairy 5 + 8, Drinks 7): one customer per segment
        var cell = result.Cells.ToDictionary(c => (c.Segment, c.Category));
        Assert.Equal(6, cell.Count);
        Assert.All(cell.Values, c => Assert.Equal(1L, c.Customers));
        Assert.Equal((0L, 0.0, 1.0), (cell[("Lost", "Bakery")].Buyers, cell[("Lost", "Bakery")].Penetration, cell[("Lost", "Bakery")].Benchmark!.Value));
        // Bakery: one buyer among the members (c2, 10) -> 10 per buyer; Lost misses 1 buyer = 10.00
        Assert.Equal(10.0, cell[("Lost", "Bakery")].SpendPerBuyer!.Value, 9);
        Assert.Equal((1.0, 10.0), (cell[("Lost", "Bakery")].GapCustomers, cell[("Lost", "Bakery")].GapAmount));
        // Dairy 2 buyers (5 + 13 = 18 -> 9 each), Drinks 2 (14 -> 7 each): both segments buy both, no gap
        Assert.Equal((9.0, 7.0), (cell[("Champions", "Dairy")].SpendPerBuyer!.Value, cell[("Lost", "Drinks")].SpendPerBuyer!.Value));
        Assert.Equal(13.0, cell[("Lost", "Dairy")].NetAmount, 9);
        Assert.Equal([("Lost", "Bakery")], result.Gaps.Select(g => (g.Segment, g.Category)));
    }

    [Fact]
    public void Without_segments_the_matrix_is_empty()
    {
        using var world = new CrossSellWorld(withSegments: false);

        Assert.Empty(world.Get<WhiteSpaceQuery>().Run(new WhiteSpaceFilter()).Cells);
    }
}
