using Insights.Reports.Pages.CrossSell;
using Insights.Reports.Pages.CrossSell.Rules;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.CrossSell;

/// <summary>
/// The three ways BasketQuery reads baskets: the category level as the masks the load wrote per order (mart_order_category_mask),
/// a level of at most 64 items as distinct bit masks grouped in DuckDB, any level as order lines sorted by order and grouped in
/// .NET. They must give the same baskets, counts and items for every filter.
/// </summary>
public sealed class BasketQueryTests
{
    // each distinct basket as its item names with the orders holding it, in a fixed order, then the items' order counts
    static string Describe(LoadedBaskets loaded) =>
        string.Join("; ", loaded.Baskets.ItemSets
            .Select((set, b) => "{" + string.Join(",", set.Select(i => loaded.Baskets.ItemNames[i]).Order(StringComparer.Ordinal)) + "}×" + loaded.Baskets.Weights[b])
            .Order(StringComparer.Ordinal))
        + " | " + string.Join(", ", loaded.Items.Select(i => $"{i.Name}:{i.Orders}"));

    [Fact]
    public void Mask_path_reads_the_baskets_worked_out_by_hand()
    {
        using var world = new CrossSellWorld(withSegments: true);
        var query = world.Get<BasketQuery>();

        var categories = query.Load(new RulesFilter { Level = "category" });
        var products = query.Load(new RulesFilter());

        // o1 Bakery+Dairy, o2 Dairy, o3 Bakery, o4 Dairy+Drinks, o5 Bakery, o6 Dairy, o7 Bakery, o8 Drinks, o9 Dairy, o10 Drinks
        Assert.Equal("{Bakery,Dairy}×1; {Bakery}×3; {Dairy,Drinks}×1; {Dairy}×3; {Drinks}×2 | Bakery:4, Dairy:5, Drinks:3", Describe(categories));
        Assert.Equal(10, categories.Baskets.Count);
        Assert.Equal("{Beer,Milk}×1; {Beer}×2; {Bread,Cake}×1; {Bread,Milk}×1; {Bread}×2; {Cheese,Milk}×1; {Cheese}×1; {Milk}×1"
            + " | Bread:4, Cake:1, Milk:4, Cheese:2, Beer:3, Bread & Cake box:0", Describe(products));
    }

    public static TheoryData<string, string?, string?, string?> Filters() => new()
    {
        { "product", null, null, null },
        { "category", null, null, null },
        { "product", "Champions", null, null },
        { "category", "Lost", null, null },
        { "category", null, "2024-01-05", null },
        { "product", null, "2024-01-03", "2024-01-20" },
        { "category", "Champions", "2024-01-02", "2024-03-01" },
        { "product", "Lost", "2025-01-01", null },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Mask_path_gives_the_baskets_of_the_sorted_lines(string level, string? segment, string? from, string? to)
    {
        using var world = new CrossSellWorld(withSegments: true);
        var query = world.Get<BasketQuery>();
        var filter = new RulesFilter
        {
            Level = level, Segment = segment,
            From = from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            To = to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
        };

        var fastest = query.Load(filter);
        var masks = query.Load(filter, path: BasketPath.GroupedMasks);
        var lines = query.Load(filter, path: BasketPath.SortedLines);

        Assert.Equal(Describe(lines), Describe(masks));
        Assert.Equal(Describe(lines), Describe(fastest));
        Assert.Equal(lines.Baskets.Count, masks.Baskets.Count);
        Assert.Equal(lines.Baskets.Count, fastest.Baskets.Count);
    }

    [Fact]
    public void Category_level_reads_the_loads_masks_and_groups_the_rows_while_they_are_pending()
    {
        using var world = new CrossSellWorld(withSegments: true);
        var warehouse = world.Get<Insights.Warehouse.DuckDbWarehouse>();
        var query = world.Get<BasketQuery>();
        var filter = new RulesFilter { Level = "category" };
        const string expected = "{Bakery,Dairy}×1; {Bakery}×3; {Dairy,Drinks}×1; {Dairy}×3; {Drinks}×2 | Bakery:4, Dairy:5, Drinks:3";
        Assert.Equal(expected, Describe(query.Load(filter)));

        // a mask changed behind the report's back shows in the fastest path only: it reads the load's masks (o2: Dairy -> Drinks)
        using (var connection = warehouse.OpenConnection())
            connection.ExecuteNonQuery("""
                update mart_order_category_mask
                set category_mask = 1::ubigint << (select bit from mart_basket_category where category = 'Drinks')::ubigint
                where order_id = (select min(order_id) from mart_customer_category_order where category = 'Dairy'
                                  and order_id not in (select order_id from mart_customer_category_order where category <> 'Dairy'))
                """);
        Assert.Equal("{Bakery,Dairy}×1; {Bakery}×3; {Dairy,Drinks}×1; {Dairy}×2; {Drinks}×3 | Bakery:4, Dairy:4, Drinks:4", Describe(query.Load(filter)));
        Assert.Equal(expected, Describe(query.Load(filter, path: BasketPath.GroupedMasks)));

        // while the mart waits for its first build (etl_model_pending), the rows are grouped as before
        using (var connection = warehouse.OpenConnection())
            connection.ExecuteNonQuery("insert into etl_model_pending (model) values ('mart_order_category_mask')");
        Assert.Equal(expected, Describe(query.Load(filter)));
    }

    [Fact]
    public void Mask_path_gives_the_rules_of_the_sorted_lines_on_a_saved_segment()
    {
        using var world = new CrossSellWorld(withSegments: true);
        CrossSellWorld.SaveCustomers26(world.Get<Insights.Warehouse.DuckDbWarehouse>());
        var filter = new RulesFilter { Level = "category", SegmentId = CrossSellWorld.Customers26 };
        filter.ApplySegment(world.Get<Insights.Reports.Pages.Segments.Scope.SegmentScopes>().Resolve(filter.SegmentId, CancellationToken.None));
        var query = world.Get<BasketQuery>();

        // customers 2 and 6: o3 Bakery, o4 Dairy+Drinks, o9 Dairy, o10 Drinks
        Assert.Equal("{Bakery}×1; {Dairy,Drinks}×1; {Dairy}×1; {Drinks}×1 | Bakery:1, Dairy:2, Drinks:2", Describe(query.Load(filter)));
        Assert.Equal(Describe(query.Load(filter, path: BasketPath.SortedLines)), Describe(query.Load(filter)));
        Assert.Equal(Describe(query.Load(filter, path: BasketPath.GroupedMasks)), Describe(query.Load(filter)));
    }
}
