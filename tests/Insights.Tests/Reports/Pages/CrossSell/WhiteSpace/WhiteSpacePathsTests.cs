using Insights.Reports.Pages.CrossSell.WhiteSpace;
using Insights.Reports.Pages.Segments.Scope;
using Insights.Tests.Demo;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.CrossSell.WhiteSpace;

/// <summary>
/// The white space read from the load's category masks (white_space_masks.sql, the page's path once they are built) against
/// the (order, category) rows grouped by customer and category (white_space.sql, the path before): the same cells, on the
/// hand-solved cross-sell world and on the small demo world, over periods and a saved segment; and the masks path falls back
/// while the masks are pending.
/// </summary>
public sealed class WhiteSpacePathsTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    public static TheoryData<string?, string?> Periods => new()
    {
        { null, null }, { "2024-01-05", null }, { null, "2024-01-06" }, { "2024-01-03", "2024-01-20" }, { "2024-03-01", "2024-03-01" },
        { "2025-01-01", null },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void On_the_cross_sell_world_the_masks_give_the_cells_of_the_rows(string? from, string? to)
    {
        using var world = new CrossSellWorld(withSegments: true);
        var query = world.Get<WhiteSpaceQuery>();
        var filter = new WhiteSpaceFilter { From = Day(from), To = Day(to) };

        var rows = query.Read(filter, path: WhiteSpacePath.Rows);

        Assert.Equal(rows.Cells, query.Read(filter, path: WhiteSpacePath.Masks).Cells);
        Assert.Equal(rows.Cells, query.Read(filter).Cells);
    }

    [Fact]
    public void On_the_cross_sell_world_a_saved_segment_gives_the_same_cells_both_ways()
    {
        using var world = new CrossSellWorld(withSegments: true);
        CrossSellWorld.SaveCustomers26(world.Get<DuckDbWarehouse>());
        var query = world.Get<WhiteSpaceQuery>();
        var filter = new WhiteSpaceFilter { SegmentId = CrossSellWorld.Customers26, From = new DateOnly(2024, 1, 7) };
        filter.ApplySegment(world.Get<SegmentScopes>().Resolve(filter.SegmentId, CancellationToken.None));

        var rows = query.Read(filter, path: WhiteSpacePath.Rows);

        // members c2 (Champions) and c6 (Lost) from 7 January: c2 bought Dairy and Drinks (order 4), c6 Dairy, Drinks (orders 9, 10)
        Assert.Equal([(1L, 1L), (1L, 1L)], rows.Cells.Where(c => c.Category == "Drinks").Select(c => (c.Customers, c.Buyers)));
        Assert.Equal(rows.Cells, query.Read(filter, path: WhiteSpacePath.Masks).Cells);
    }

    [Fact]
    public void The_page_reads_the_masks_once_built_and_the_rows_while_they_are_pending()
    {
        using var world = new CrossSellWorld(withSegments: true);
        var warehouse = world.Get<DuckDbWarehouse>();
        var query = world.Get<WhiteSpaceQuery>();
        var before = query.Read(new WhiteSpaceFilter(), path: WhiteSpacePath.Rows);

        // a mask changed behind the report's back shows in the fastest path only (c5's order 8: Drinks -> Bakery and Drinks)
        using (var connection = warehouse.OpenConnection())
            connection.ExecuteNonQuery("""
                update mart_order_category_mask
                set category_mask = category_mask | (1::ubigint << (select bit from mart_basket_category where category = 'Bakery')::ubigint)
                where order_id = 8
                """);
        var changed = query.Read(new WhiteSpaceFilter());
        Assert.Equal(5L, changed.Cells.Where(c => c.Category == "Bakery").Sum(c => c.Buyers));
        Assert.Equal(4L, before.Cells.Where(c => c.Category == "Bakery").Sum(c => c.Buyers));

        // while the masks wait for their first build (etl_model_pending), the rows are grouped as before
        using (var connection = warehouse.OpenConnection())
            connection.ExecuteNonQuery("insert into etl_model_pending (model) values ('mart_order_category_mask')");
        Assert.Equal(before.Cells, query.Read(new WhiteSpaceFilter()).Cells);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("2024-10-01", null)]
    [InlineData("2024-06-01", "2024-12-31")]
    public void On_the_demo_world_the_masks_give_the_cells_of_the_rows(string? from, string? to)
    {
        var query = demo.Host.Get<WhiteSpaceQuery>();
        var filter = new WhiteSpaceFilter { From = Day(from), To = Day(to) };

        var rows = query.Read(filter, path: WhiteSpacePath.Rows);

        Assert.NotEmpty(rows.Cells);
        Assert.Contains(rows.Cells, c => c.GapAmount > 0);
        Assert.Equal(rows.Cells, query.Read(filter, path: WhiteSpacePath.Masks).Cells);
        Assert.Equal(rows.Cells, query.Read(filter).Cells);
    }

    static DateOnly? Day(string? day) => day is null ? null : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
}
