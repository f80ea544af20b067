using System.Globalization;
using Insights.Reports.Pages.CrossSell.Opportunities;
using Insights.Tests.Demo;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.CrossSell.Opportunities;

/// <summary>
/// rising_pairs.sql reads each order's categories from mart_customer_category_order (issue 22, branch xs21); before, it
/// grouped the period's order lines (period_lines) by order, customer, day and category. The same statement with that input
/// put back gives the same rows on the small demo world, over periods and minimums, and the page's computed list is them.
/// </summary>
public sealed class RisingPairsPathsTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    // the input rising_pairs.sql had before: the completed order lines of the period grouped per order and category
    const string LinesInput = """
        with period_lines as (
            select * from period_lines($from, $to)
            where ($segment_id::integer is null or customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
        ),

        order_categories as (
            select order_id, customer_id, ordered_at::date as ordered_on, category, sum(net_amount) as net_amount
            from period_lines
            group by all
        ),

        """;

    [Theory]
    [InlineData(null, null, 1)]
    [InlineData(null, null, 5)]
    [InlineData("2024-07-01", null, 1)]
    [InlineData("2024-01-01", "2024-12-31", 2)]
    [InlineData(null, "2024-06-30", 1)]
    public void The_mart_input_gives_the_rows_of_the_order_lines(string? from, string? to, int minOrders)
    {
        var sql = SqlResource.Load<OpportunitiesQuery>("rising_pairs.sql");
        var start = sql.IndexOf("with order_categories as (", StringComparison.Ordinal);
        var end = sql.IndexOf("split as (", StringComparison.Ordinal);
        Assert.True(start > 0 && end > start, "rising_pairs.sql starts with its order_categories input, then the split");
        var before = string.Concat(sql.AsSpan(0, start), LinesInput, sql.AsSpan(end));
        (string, object?)[] parameters =
        [
            ("from", Day(from)), ("to", Day(to)), ("segment_id", null), ("min_orders", minOrders), ("limit", 10_000),
        ];

        var lines = Rows(before, parameters);
        var mart = Rows(sql, parameters);

        Assert.NotEmpty(lines);
        Assert.Equal(lines, mart);
        var filter = new OpportunitiesFilter
        {
            MinOrders = minOrders, Limit = 10_000,
            From = Day(from) is { } f ? DateOnly.FromDateTime(f) : null, To = Day(to) is { } t ? DateOnly.FromDateTime(t) : null,
        };
        var page = demo.Host.Get<OpportunitiesQuery>().Rising(filter)
            .Select(r => Join(r.CategoryA, r.CategoryB, r.EarlyOrders, r.LateOrders, r.EarlyShare, r.LateShare, r.Growth, r.Customers, r.NetAmount));
        Assert.Equal(lines, page);
    }

    List<string> Rows(string sql, (string, object?)[] parameters)
    {
        using var connection = demo.Host.Get<DuckDbWarehouse>().OpenConnection();
        using var command = connection.CreateCommand(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(Join([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i))]));
        return rows;
    }

    static string Join(params object?[] cells) =>
        string.Join(" | ", cells.Select(c => c is null ? "null" : Convert.ToString(c, CultureInfo.InvariantCulture)));

    static DateTime? Day(string? day) => day is null ? null : DateTime.Parse(day, CultureInfo.InvariantCulture);
}
