using Insights.Reports.Pages.CrossSell.Sequences;
using Insights.Reports.Pages.CrossSell;
using Insights.Tests.Demo;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.CrossSell.Sequences;

/// <summary>
/// The pairs counted in .NET from each customer's first days (the page's path) against sequences.sql's self-join (the path
/// before, kept for a level wider than <see cref="SequenceCounts.MaxItems"/> items): the same rows in the same order, on the
/// hand-solved cross-sell world and on the small demo world, over levels, windows, floors, a segment and a period.
/// </summary>
public sealed class SequencesPathsTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    public static TheoryData<string, int, int> Windows => new()
    {
        { "category", 1, 1 }, { "category", 7, 1 }, { "category", 30, 1 }, { "category", 30, 20 }, { "category", 90, 5 },
        { "product", 1, 1 }, { "product", 30, 1 }, { "product", 90, 3 }, { "product", 365, 1 },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void On_the_demo_world_the_counted_pairs_equal_the_joined_ones(string level, int days, int minCustomers)
    {
        var query = demo.Host.Get<SequencesQuery>();
        var filter = new SequencesFilter { Level = level, Days = days, MinCustomers = minCustomers };

        var joined = query.ReadJoined(filter);
        var counted = query.ReadCounted(filter);

        Assert.NotEmpty(joined.Rows);
        Assert.Equal(joined.Rows, counted.Rows);
        Assert.Equal((joined.Level, joined.Days, joined.MinCustomers), (counted.Level, counted.Days, counted.MinCustomers));
    }

    [Fact]
    public void On_the_demo_world_a_period_and_an_item_give_the_same_rows_both_ways()
    {
        var query = demo.Host.Get<SequencesQuery>();
        var period = new SequencesFilter { From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 12, 31), MinCustomers = 1 };
        var joined = query.ReadJoined(period);
        Assert.NotEmpty(joined.Rows);
        Assert.Equal(joined.Rows, query.ReadCounted(period).Rows);

        var item = period with { Item = joined.Rows[0].ItemA.ToUpperInvariant() };
        var joinedItem = query.ReadJoined(item);
        Assert.NotEmpty(joinedItem.Rows);
        Assert.All(joinedItem.Rows, r => Assert.Equal(joined.Rows[0].ItemA, r.ItemA));
        Assert.Equal(joinedItem.Rows, query.ReadCounted(item).Rows);
    }

    [Fact]
    public void Another_window_counted_from_the_kept_first_days_equals_the_joined_one()
    {
        var query = demo.Host.Get<SequencesQuery>();
        var first = query.Run(new SequencesFilter { Level = "product", Days = 30, MinCustomers = 1 });   // reads and keeps the days

        foreach (var filter in new[]
        {
            new SequencesFilter { Level = "product", Days = 7, MinCustomers = 1 },
            new SequencesFilter { Level = "product", Days = 120, MinCustomers = 4 },
            new SequencesFilter { Level = "category", Days = 7, MinCustomers = 1 },   // another level: read again
            new SequencesFilter { Level = "category", Days = 60, MinCustomers = 2 },
        })
        {
            var joined = query.ReadJoined(filter);
            Assert.NotEmpty(joined.Rows);
            Assert.Equal(joined.Rows, query.Run(filter).Rows);
        }
        Assert.Equal(query.ReadJoined(new SequencesFilter { Level = "product", Days = 30, MinCustomers = 1 }).Rows, first.Rows);
    }

    [Theory]
    [InlineData("category", 30, null)]
    [InlineData("category", 18, "Champions")]   // the Champions' last day is 2024-01-20: a longer window follows nobody
    [InlineData("category", 60, "Lost")]
    [InlineData("product", 10, null)]
    [InlineData("product", 18, "Champions")]
    public void On_the_cross_sell_world_the_counted_pairs_equal_the_joined_ones(string level, int days, string? segment)
    {
        using var world = new CrossSellWorld(withSegments: true);
        var query = world.Get<SequencesQuery>();
        var filter = new SequencesFilter { Level = level, Days = days, MinCustomers = 1, Segment = segment };

        var joined = query.ReadJoined(filter);

        Assert.NotEmpty(joined.Rows);
        Assert.Equal(joined.Rows, query.ReadCounted(filter).Rows);
    }

    [Fact]
    public void The_page_path_gives_the_hand_computed_pair_of_the_cross_sell_world()
    {
        using var world = new CrossSellWorld(withSegments: false);

        var rows = world.Get<SequencesQuery>().ReadCounted(new SequencesFilter { Days = 30, MinCustomers = 1 }).Rows;

        // as SequencesQueryTests works it out: Bakery => Dairy, 2 customers, 1 followed, rate 1/2, baseline 1/3, lift 1.5
        var bakeryDairy = rows.Single(r => r is { ItemA: "Bakery", ItemB: "Dairy" });
        Assert.Equal(new SequenceRow("Bakery", "Dairy", 2, 1, 0.5, 1.0 / 3, 0.5 / (1.0 / 3)), bakeryDairy);
        Assert.DoesNotContain(rows, r => r is { ItemA: "Dairy", ItemB: "Drinks" });
    }

    [Theory]
    [MemberData(nameof(Windows))]
    public void On_the_demo_world_the_pairs_from_the_packed_first_days_equal_the_grouped_ones(string level, int days, int minCustomers)
    {
        var query = demo.Host.Get<SequencesQuery>();
        var filter = new SequencesFilter { Level = level, Days = days, MinCustomers = minCustomers };
        Assert.True(query.ReadsFromLoad(filter));   // the load built them (migration 0067 left them pending)

        var counted = query.ReadCounted(filter);
        var kept = query.ReadKept(filter);

        Assert.NotEmpty(counted.Rows);
        Assert.Equal(counted.Rows, kept.Rows);
    }

    [Fact]
    public void On_the_demo_world_a_segment_and_an_item_give_the_same_rows_from_the_packed_first_days()
    {
        var query = demo.Host.Get<SequencesQuery>();
        var segment = demo.Host.Get<SegmentsQuery>().Run().First().Segment;
        foreach (var level in new[] { "category", "product" })
        {
            var filter = new SequencesFilter { Level = level, Days = 60, MinCustomers = 1, Segment = segment };
            var counted = query.ReadCounted(filter);
            Assert.NotEmpty(counted.Rows);
            Assert.Equal(counted.Rows, query.ReadKept(filter).Rows);
            var item = filter with { Item = counted.Rows[0].ItemA };
            Assert.Equal(query.ReadCounted(item).Rows, query.ReadKept(item).Rows);
        }
    }

    [Theory]
    [InlineData("category", 30, null)]
    [InlineData("category", 18, "Champions")]
    [InlineData("product", 10, null)]
    [InlineData("product", 60, "Lost")]
    public void On_the_cross_sell_world_the_pairs_from_the_packed_first_days_equal_the_joined_ones(string level, int days, string? segment)
    {
        using var world = new CrossSellWorld(withSegments: true);
        var query = world.Get<SequencesQuery>();
        var filter = new SequencesFilter { Level = level, Days = days, MinCustomers = 1, Segment = segment };

        var joined = query.ReadJoined(filter);

        Assert.NotEmpty(joined.Rows);
        Assert.Equal(joined.Rows, query.ReadKept(filter).Rows);
        Assert.Equal(joined.Rows, query.Run(filter).Rows);
    }

    [Fact]
    public void The_page_reads_the_packed_first_days_without_a_period_and_the_purchases_with_one_or_while_pending()
    {
        using var world = new CrossSellWorld(withSegments: false);
        var query = world.Get<SequencesQuery>();
        var whole = new SequencesFilter { Days = 30, MinCustomers = 1 };
        Assert.True(query.ReadsFromLoad(whole));
        Assert.False(query.ReadsFromLoad(whole with { From = new DateOnly(2024, 1, 1) }));

        // c2's packed Dairy moved behind the report's back to the day of their first Bakery (2024-01-20 -> 2024-01-02): c2 then
        // had Dairy by then, c3 alone stays without a follower, and the page, reading the packed days, shows no Bakery => Dairy
        using (var connection = world.Get<DuckDbWarehouse>().OpenConnection())
            connection.ExecuteNonQuery("""
                update mart_customer_item_sequence
                set items = unhex(replace(hex(items), printf('%04X%04X', dairy.item_id, 19742), printf('%04X%04X', dairy.item_id, 19724)))
                from (select item_id from mart_sequence_item where level = 'category' and item = 'Dairy') as dairy
                where level = 'category' and customer_id = 2
                """);
        Assert.DoesNotContain(query.ReadKept(whole).Rows, r => r is { ItemA: "Bakery", ItemB: "Dairy" });
        Assert.Contains(query.ReadCounted(whole).Rows, r => r is { ItemA: "Bakery", ItemB: "Dairy", Followed: 1 });

        // while the packed days wait for their first build (etl_model_pending), the purchases are grouped as before
        using (var connection = world.Get<DuckDbWarehouse>().OpenConnection())
            connection.ExecuteNonQuery("insert into etl_model_pending (model) values ('mart_customer_item_sequence')");
        Assert.False(query.ReadsFromLoad(whole));
        Assert.Equal(1, query.Run(whole).Rows.Single(r => r is { ItemA: "Bakery", ItemB: "Dairy" }).Followed);
    }
}
