using Insights.Reports.Pages.CrossSell.Opportunities;
using Insights.Tests.Demo;

namespace Insights.Tests.Reports.Pages.CrossSell.Opportunities;

/// <summary>
/// The unbundled pairs of a view the kept list does not answer (a period, or fewer orders than its floor) are summed from the
/// load's pairs per day (migration 0070: mart_opportunity_pair_day, their customers from mart_opportunity_pair_customer_day);
/// on the small demo world they are the rows the period's order lines give, over periods, minimums and list sizes, and the
/// page's list is them. The rising pairs of a period are summed from the category pairs per day (migration 0038), their later
/// half's customers counted from the orders' category masks (migration 0056): the rows each order's categories give.
/// </summary>
public sealed class PairDaysPathsTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    [Theory]
    [InlineData(null, null, 1, 10_000)]
    [InlineData(null, null, 3, 25)]
    [InlineData("2024-07-01", null, 1, 10_000)]
    [InlineData("2024-01-01", "2024-12-31", 2, 10_000)]
    [InlineData(null, "2024-06-30", 1, 40)]
    [InlineData("2024-03-15", "2024-03-15", 1, 10_000)]
    public void The_pairs_per_day_give_the_rows_of_the_order_lines(string? from, string? to, int minOrders, int limit)
    {
        var query = demo.Host.Get<OpportunitiesQuery>();
        var filter = new OpportunitiesFilter { MinOrders = minOrders, Limit = limit, From = Day(from), To = Day(to) };

        var lines = query.Pairs(filter, OpportunitiesPath.Lines);
        var days = query.Pairs(filter, OpportunitiesPath.Days);

        Assert.NotEmpty(lines);
        if (from != to) Assert.Contains(lines, p => p.Customers > 1);
        Assert.Equal(lines, days);
        Assert.Equal(lines, query.Pairs(filter));
        if (from is not null || to is not null || minOrders < OpportunitiesQuery.KeptMinOrders)
            Assert.True(query.Run(filter).PairsFromDays);
    }

    [Theory]
    [InlineData(null, null, 1)]
    [InlineData("2024-07-01", null, 1)]
    [InlineData("2024-01-01", "2024-12-31", 2)]
    [InlineData(null, "2024-06-30", 1)]
    [InlineData("2024-03-01", "2024-03-14", 1)]
    [InlineData("2024-02-01", "2024-05-31", 40)]
    public void The_category_pairs_per_day_and_the_masks_give_the_rising_pairs_of_each_orders_categories(string? from, string? to, int minOrders)
    {
        var query = demo.Host.Get<OpportunitiesQuery>();
        var filter = new OpportunitiesFilter { MinOrders = minOrders, Limit = 10_000, From = Day(from), To = Day(to) };

        var lines = query.Rising(filter, OpportunitiesPath.Lines);
        var days = query.Rising(filter, OpportunitiesPath.Days);

        Assert.NotEmpty(lines);
        Assert.Contains(lines, r => r.Customers > 1 && r.Customers < r.LateOrders);
        Assert.Equal(lines, days);
        Assert.Equal(lines, query.Rising(filter));
        if (from is not null || to is not null)
            Assert.True(query.Run(filter).RisingFromDays);
    }

    static DateOnly? Day(string? day) => day is null ? null : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
}
