using Insights.Reports.Analytics;
using Insights.Reports.Pages.CrossSell;
using Insights.Reports.Pages.CrossSell.Rules;
using Insights.Tests.Demo;

namespace Insights.Tests.Reports.Pages.CrossSell;

/// <summary>
/// For everyone, the rules read a wide level's baskets as the number of orders and each item's orders summed from the load's
/// orders per day and product (mart_opportunity_pair_day), then only the lines of the items whose sum reaches the support
/// (BasketPath.DayCounts). On the small demo world (more than 64 products) the baskets are those of every line: the same
/// number, the same distinct baskets over the items that reach the support, the same orders of those items; an item below
/// it has a sum at least its orders, and 0 exactly when no order holds it.
/// </summary>
public sealed class BasketDayCountsTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    [Theory]
    [InlineData(null, null, "0.01")]
    [InlineData("2024-07-01", null, "0.02")]
    [InlineData("2024-01-01", "2024-12-31", "0.005")]
    [InlineData("2024-03-15", "2024-03-15", "0.05")]
    [InlineData(null, "2024-06-30", "0.002")]
    public void The_orders_per_day_give_the_baskets_of_every_line(string? from, string? to, string support)
    {
        var query = demo.Host.Get<BasketQuery>();
        var filter = new RulesFilter { From = Day(from), To = Day(to), MinSupport = decimal.Parse(support, System.Globalization.CultureInfo.InvariantCulture) };
        int MinCountOf(int n) => Math.Max(RulesQuery.MinBaskets, SupportThreshold.MinCount(filter.MinSupport, n));

        var lines = query.Load(filter, path: BasketPath.SortedLines, minCountOf: MinCountOf);
        var days = query.Load(filter, path: BasketPath.DayCounts, minCountOf: MinCountOf);

        Assert.Equal((BasketPath.SortedLines, BasketPath.DayCounts), (lines.ReadBy, days.ReadBy));
        Assert.True(lines.Items.Count > BasketQuery.MaxMaskItems);
        var minCount = MinCountOf(lines.Baskets.Count);
        Assert.Contains(lines.Items, i => i.Orders >= minCount);
        Assert.Contains(lines.Items, i => i.Orders > 0 && i.Orders < minCount);   // some items' lines are left unread
        Assert.Equal(lines.Baskets.Count, days.Baskets.Count);
        Assert.Equal(Sets(lines), Sets(days));
        for (var i = 0; i < lines.Items.Count; i++)
        {
            var (every, summed) = (lines.Items[i].Orders, days.Items[i].Orders);
            if (every >= minCount) Assert.Equal(every, summed);
            else Assert.True(summed >= every && (summed > 0) == (every > 0), $"{lines.Items[i].Name}: {summed} summed, {every} orders");
        }
        Assert.Equal(BasketPath.DayCounts, query.Load(filter, minCountOf: MinCountOf).ReadBy);   // the rules' path
    }

    [Fact]
    public void A_segment_or_no_support_reads_every_line()
    {
        var query = demo.Host.Get<BasketQuery>();
        static int MinCountOf(int n) => 2;

        Assert.Equal(BasketPath.SortedLines, query.Load(new RulesFilter { Segment = "Champions" }, minCountOf: MinCountOf).ReadBy);
        Assert.Equal(BasketPath.SortedLines, query.Load(new RulesFilter()).ReadBy);
        Assert.Equal(BasketPath.CategoryMasks, query.Load(new RulesFilter { Level = "category" }, minCountOf: MinCountOf).ReadBy);
    }

    static List<string> Sets(LoadedBaskets loaded) =>
        [.. loaded.Baskets.ItemSets.Select((set, b) => string.Join(",", set.Order()) + "×" + loaded.Baskets.Weights[b]).Order(StringComparer.Ordinal)];

    static DateOnly? Day(string? day) => day is null ? null : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
}
