using System.Globalization;
using Insights.Reports.Pages.Service.Complaints;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Service.Complaints;

/// <summary>
/// The complaint rates' denominators from the load's counts (order_counts.sql over mart_order_day) against the live path
/// (orders_in_view.sql over the completed orders and customer versions), on the complaints world: the same rows for every
/// filter the counts can serve; and the query takes the live path only for a segment filter.
/// </summary>
public sealed class OrderCountsTests(ComplaintsWorld world) : IClassFixture<ComplaintsWorld>
{
    static readonly string LiveSql = SqlResource.Load<ComplaintsQuery>("orders_in_view.sql");
    static readonly string CountsSql = SqlResource.Load<ComplaintsQuery>("order_counts.sql");

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
        Assert.Equal(CountsSql, ComplaintsQuery.OrdersSqlFor(filter));
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
    public void A_segment_filter_takes_the_live_path()
    {
        Assert.Equal(LiveSql, ComplaintsQuery.OrdersSqlFor(new ComplaintsFilter { Segment = "At Risk" }));
        Assert.Equal(CountsSql, ComplaintsQuery.OrdersSqlFor(new ComplaintsFilter { Segment = " " }));
    }

    List<string> Rows(string sql, ComplaintsFilter filter, string read = "select * from orders_in_view order by all")
    {
        using var connection = world.World.Host.Get<DuckDbWarehouse>().OpenConnection();
        connection.ExecuteNonQuery(sql, [.. filter.SharedParameters(), ("by", filter.By)]);
        using var command = connection.CreateCommand(read);
        return TextRows.Read(command);
    }
}
