using Insights.Reports.Pages.Overview;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Overview;

/// <summary>
/// The month still running is marked: the tiny world's completed revenue is January 28.00, February 10.00 and March 4.00 (2024),
/// so on 5 March March is partial and February is the latest whole month; on 1 April no month of the series is partial.
/// </summary>
public sealed class PartialMonthTests : IClassFixture<OverviewPageTests.LoadedSite>
{
    readonly SiteFactory _site;

    public PartialMonthTests(OverviewPageTests.LoadedSite site) => _site = site.Factory;

    OverviewResult On(int year, int month, int day) =>
        ActivatorUtilities.CreateInstance<OverviewQuery>(_site.Services, new SettableClock(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero))).Run();

    [Fact]
    public void The_month_today_falls_in_is_partial_and_left_out_of_the_latest_whole_month()
    {
        var result = On(2024, 3, 5);

        Assert.Equal(new DateOnly(2024, 3, 1), result.PartialMonth?.Month);
        Assert.Equal(4.00m, result.PartialMonth?.NetRevenue);
        Assert.Equal(new DateOnly(2024, 2, 1), result.LatestWholeMonth?.Month);
        Assert.Equal(new DateOnly(2024, 3, 5), result.Today);
        Assert.Single(result.RevenueByMonth, m => m.IsPartial);
    }

    [Fact]
    public void A_month_that_has_ended_is_whole()
    {
        var result = On(2024, 4, 1);

        Assert.Null(result.PartialMonth);
        Assert.Equal(new DateOnly(2024, 3, 1), result.LatestWholeMonth?.Month);
    }

    [Fact]
    public void The_chart_names_the_partial_month_so_far_and_draws_it_pale()
    {
        var months = On(2024, 3, 5).RevenueByMonth;
        var whole = RevenueByMonthChart.Render(months.Select(m => m with { IsPartial = false }).ToList());

        var svg = RevenueByMonthChart.Render(months);

        Assert.Contains("Mar 24 (so far)", svg);
        Assert.DoesNotContain("so far", whole);
        Assert.NotEqual(whole, svg);
    }
}
