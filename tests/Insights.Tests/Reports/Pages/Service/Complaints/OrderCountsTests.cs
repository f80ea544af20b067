using System.Globalization;
using Insights.Reports.Pages.Service.Complaints;
using Insights.Reports.Pages.Segments.Scope;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Service.Complaints;

/// <summary>
/// The complaint rates' denominators from the load's counts (order_counts.sql over mart_order_day, and with an RFM segment
/// order_segment_counts.sql over mart_order_segment_day) against the live path (orders_in_view.sql over the completed orders
/// and customer versions), on the complaints world: the same rows for every filter the counts can serve, also after a scoring
/// that moves customers between segments; and the query takes the live path only for a saved segment, or an RFM segment
/// before a load has filled its counts.
/// </summary>
public sealed class OrderCountsTests(ComplaintsWorld world) : IClassFixture<ComplaintsWorld>
{
    static readonly string LiveSql = SqlResource.Load<ComplaintsQuery>("orders_in_view.sql");
    static readonly string CountsSql = SqlResource.Load<ComplaintsQuery>("order_counts.sql");
    static readonly string SegmentCountsSql = SqlResource.Load<ComplaintsQuery>("order_segment_counts.sql");

    public static TheoryData<string?, string?, string?, string> Filters => new()
    {
        { null, null, null, "all" },
        { null, null, null, "product-category" },
        { "North", null, null, "region" },
        { null, "2024-06-01", "2024-06-30", "month" },
        { "South", "2024-05-01", "2024-06-30", "order-channel" },
        { "North", "2024-06-30", "2024-06-30", "product-category" },
        { "Nowhere", null, null, "all" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void The_loads_counts_give_the_rows_the_live_path_gives(string? region, string? from, string? to, string by)
    {
        var filter = new ComplaintsFilter
        {
            Region = region, By = by,
            From = from is null ? null : DateOnly.Parse(from, CultureInfo.InvariantCulture),
            To = to is null ? null : DateOnly.Parse(to, CultureInfo.InvariantCulture),
        };

        var live = Rows(LiveSql, filter);
        var counts = Rows(CountsSql, filter);

        Assert.Equal(live, counts);
        Assert.Equal(CountsSql, ComplaintsQuery.OrdersSqlFor(filter, segmentCountsBuilt: true));
    }

    [Fact]
    public void The_world_counts_its_eight_completed_orders_once_and_per_category_apart()
    {
        var total = Rows(CountsSql, new ComplaintsFilter { By = "product-category" },
            "select sum(orders) filter (where not per_category), count(*) filter (where per_category and category is null), " +
            "sum(orders) filter (where per_category) >= 8 from orders_in_view");

        Assert.Equal(["8|0|True"], total);
    }

    [Fact]
    public void An_rfm_segment_reads_its_counts_once_built_and_a_saved_segment_the_orders()
    {
        Assert.Equal(SegmentCountsSql, ComplaintsQuery.OrdersSqlFor(new ComplaintsFilter { Segment = "At Risk" }, segmentCountsBuilt: true));
        Assert.Equal(LiveSql, ComplaintsQuery.OrdersSqlFor(new ComplaintsFilter { Segment = "At Risk" }, segmentCountsBuilt: false));
        Assert.Equal(CountsSql, ComplaintsQuery.OrdersSqlFor(new ComplaintsFilter { Segment = " " }, segmentCountsBuilt: false));
        static ComplaintsFilter Saved(string? rfm)
        {
            var filter = new ComplaintsFilter { Segment = rfm, SegmentId = 3 };
            filter.ApplySegment(new SegmentScope(3, "Lapsed VIPs", 2, new DateTime(2024, 4, 1, 0, 0, 0, DateTimeKind.Utc), IsCurrent: true));
            return filter;
        }
        Assert.Equal(LiveSql, ComplaintsQuery.OrdersSqlFor(Saved(null), segmentCountsBuilt: true));
        Assert.Equal(LiveSql, ComplaintsQuery.OrdersSqlFor(Saved("At Risk"), segmentCountsBuilt: true));
    }

    public static TheoryData<string?, string?, string?, string> SegmentFilters => new()
    {
        { null, null, null, "all" },
        { null, null, null, "product-category" },
        { "North", null, null, "region" },
        { null, "2024-06-01", "2024-06-30", "month" },
        { "South", "2024-05-01", "2024-06-30", "product-category" },
        { "Nowhere", null, null, "all" },
    };

    [Theory]
    [MemberData(nameof(SegmentFilters))]
    public void Every_rfm_segments_counts_give_the_rows_the_live_path_gives(string? region, string? from, string? to, string by)
    {
        using var connection = world.World.Host.Get<DuckDbWarehouse>().OpenConnection();
        Assert.True(connection.ExecuteScalar<bool>(SqlResource.Load<ComplaintsQuery>("order_segment_counts_built.sql")));
        foreach (var segment in new[] { "At Risk", "Champions", "Nobody" })
        {
            var filter = Filter(segment, region, from, to, by);
            Assert.Equal(Rows(LiveSql, filter), Rows(SegmentCountsSql, filter));
        }
        // the segments' counts add up to the world's eight completed orders
        Assert.Equal(8L, connection.ExecuteScalar<long>("select sum(orders)::bigint from mart_order_segment_day where not per_category"));
    }

    [Fact]
    public void A_scoring_that_moves_customers_between_segments_moves_their_orders_as_a_full_build_would()
    {
        using var connection = world.World.Host.Get<DuckDbWarehouse>().OpenConnection();
        // the class's other tests read the world as loaded: this one's changes are rolled back
        using var rollback = connection.BeginTransaction();
        // Ben (2) to another segment, Cat (3) loses her scores, Dan (4) gets a segment nobody had: as a scoring can, with no
        // order of this run (no month recomputed)
        connection.ExecuteNonQuery("""
            update mart_customer_rfm set segment = 'Moved' where customer_id = 2;
            delete from mart_customer_rfm where customer_id in (3, 4);
            insert into mart_customer_rfm by name select * replace (4 as customer_id, 'Brand new' as segment) from mart_customer_rfm where customer_id = 1;
            create or replace temp table batch_months (month_start date);
            """);
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_order_segment_day"].Sql, ("full", false));
        var moved = SegmentRows(connection);
        string[] segments = ["Moved", "Brand new", "At Risk", "Champions"];
        var live = segments.Select(segment => string.Join(";", LiveRows(connection, Filter(segment, null, null, null, "product-category")))).ToList();

        connection.ExecuteNonQuery(ModelRunner.Graph["mart_order_segment_day"].Sql, ("full", true));

        Assert.Equal(SegmentRows(connection), moved);
        Assert.Contains(moved, r => r.Contains("|Moved|", StringComparison.Ordinal));
        Assert.Contains(moved, r => r.Contains("|Brand new|", StringComparison.Ordinal));
        // and each segment's counts are the live path's for the new scores (Ben's two orders under 'Moved', Dan's one under
        // 'Brand new', none left 'At Risk')
        Assert.Equal(live, segments.Select(segment => string.Join(";", SegmentCountRows(connection, Filter(segment, null, null, null, "product-category")))).ToList());
    }

    static ComplaintsFilter Filter(string? segment, string? region, string? from, string? to, string by) => new()
    {
        Segment = segment, Region = region, By = by,
        From = from is null ? null : DateOnly.Parse(from, CultureInfo.InvariantCulture),
        To = to is null ? null : DateOnly.Parse(to, CultureInfo.InvariantCulture),
    };

    static List<string> SegmentRows(DuckDB.NET.Data.DuckDBConnection connection)
    {
        using var command = connection.CreateCommand("select * from mart_order_segment_day order by all");
        return TextRows.Read(command);
    }

    static List<string> LiveRows(DuckDB.NET.Data.DuckDBConnection connection, ComplaintsFilter filter) => Read(connection, LiveSql, filter);

    static List<string> SegmentCountRows(DuckDB.NET.Data.DuckDBConnection connection, ComplaintsFilter filter) => Read(connection, SegmentCountsSql, filter);

    static List<string> Read(DuckDB.NET.Data.DuckDBConnection connection, string sql, ComplaintsFilter filter)
    {
        connection.ExecuteNonQuery(sql, [.. filter.SharedParameters(), ("by", filter.By)]);
        using var command = connection.CreateCommand("select * from orders_in_view order by all");
        return TextRows.Read(command);
    }

    List<string> Rows(string sql, ComplaintsFilter filter, string read = "select * from orders_in_view order by all")
    {
        using var connection = world.World.Host.Get<DuckDbWarehouse>().OpenConnection();
        connection.ExecuteNonQuery(sql, [.. filter.SharedParameters(), ("by", filter.By)]);
        using var command = connection.CreateCommand(read);
        return TextRows.Read(command);
    }
}
