using Insights.Demo;
using Insights.Etl;
using Insights.Reports.Caching;
using Insights.Reports.Pages;
using Insights.Reports.Pages.CrossSell.Rules;
using Insights.Reports.Pages.CrossSell.Sequences;
using Insights.Reports.Pages.CrossSell.WhiteSpace;
using Insights.Reports.Pages.CrossSell.Opportunities;
using Insights.Reports.Pages.Intervals;
using Insights.Reports.Pages.Overview;

namespace Insights.Tests.Reports.Caching;

/// <summary>
/// The analytical views are computed once per warehouse state and filter: the same filter again is read from the cache (no
/// place at the gate, the same object), another filter is computed, a load that commits makes the next request compute the
/// new state, and the warm-up computes exactly the views a request without parameters asks for.
/// </summary>
public sealed class AnalyticsCacheTests
{
    [Fact]
    public void Views_are_computed_once_per_state_and_filter_and_the_warm_up_computes_the_defaults()
    {
        using var folder = new TempFolder();
        using var host = new WarehouseHost(folder);
        host.Get<DemoSourcePreparer>().Generate(0.005, seed: 7, new DateOnly(2026, 6, 30), toPostgres: false);
        var runner = host.Get<EtlRunner>();
        var cache = host.Get<AnalyticsCache>();
        runner.RunAll("test", CancellationToken.None);

        var warmed = host.Get<AnalyticsWarmUp>().Run(CancellationToken.None);
        var computed = cache.Computed;
        // 9 when the product rules' defaults give no rule (the entry page's category view too); the opportunities' default is
        // read from the load's marts (migration 0038) and kept
        Assert.InRange(warmed, 8, 9);
        Assert.Equal(warmed, computed);

        // the pages' defaults are read, not computed
        var overview = host.Get<OverviewQuery>().Run();
        var rules = host.Get<RulesQuery>().Run(new RulesFilter());
        host.Get<SequencesQuery>().Run(new SequencesFilter());
        host.Get<WhiteSpaceQuery>().Run(new WhiteSpaceFilter());
        host.Get<OpportunitiesQuery>().Run(new OpportunitiesFilter());
        var categories = host.Get<IntervalsQuery>().Run(new IntervalsFilter { Section = "categories" });
        var models = host.Get<IntervalsQuery>().Run(new IntervalsFilter());
        var rhythm = host.Get<IntervalsQuery>().Run(new IntervalsFilter { Section = "rhythm" });
        Assert.Equal(computed, cache.Computed);
        Assert.Same(rules, host.Get<RulesQuery>().Run(new RulesFilter()));
        Assert.NotEmpty(categories.Categories);
        // the models' page keeps how many were scored and the top customers, not every customer's scores
        Assert.Empty(models.Model!.Customers);
        Assert.Equal(host.Get<IntervalsQuery>().Model(models.Settings!).Customers.Count, models.Model.Scored);
        Assert.NotEmpty(models.TopCustomers);
        // the rhythms' page keeps the histogram's figures of every customer's gaps, not the gaps
        Assert.Empty(rhythm.Gaps);
        var gaps = host.Get<IntervalsQuery>().Gaps(rhythm.Settings!);
        Assert.Equal(gaps.Count, rhythm.GapCustomers);
        Assert.Equal(gaps.Count(g => g.MedianGapDays is not null), rhythm.Repeaters);
        Assert.True(rhythm.Repeaters > 0);
        Assert.Equal(GapHistogramChart.Bins(gaps), rhythm.GapBins);
        Assert.NotEmpty(rhythm.Overdue);
        Assert.True(overview.HasData);
        Assert.NotEmpty(overview.Freshness);   // read at each request, not kept

        // another filter is computed once
        host.Get<RulesQuery>().Run(new RulesFilter { MinSupport = 0.02m });
        host.Get<RulesQuery>().Run(new RulesFilter { MinSupport = 0.02m });
        Assert.Equal(computed + 1, cache.Computed);
        // another number listed (or order) of a kept view is a listing of it, not a computation
        host.Get<IntervalsQuery>().Run(new IntervalsFilter { Section = "rhythm", Limit = 5 });
        Assert.Equal(rhythm.Overdue.Take(5), host.Get<IntervalsQuery>().Run(new IntervalsFilter { Section = "rhythm", Limit = 5 }).Overdue);
        Assert.Equal(models.TopCustomers.Take(3).Select(c => c.CustomerId),
            host.Get<IntervalsQuery>().Run(new IntervalsFilter { Limit = 3 }).TopCustomers.Select(c => c.CustomerId));
        Assert.Equal(computed + 1, cache.Computed);
        // another number of months is the latest months of the figures read once (a small read kept, no scan of the lines)
        Assert.True(overview.RevenueByMonth.Count > 12);
        var year = host.Get<OverviewQuery>().Run(12);
        Assert.Equal(overview.RevenueByMonth.TakeLast(12), year.RevenueByMonth);
        Assert.Same(year.RevenueByMonth, host.Get<OverviewQuery>().Run(12).RevenueByMonth);
        Assert.Equal(computed + 2, cache.Computed);

        // a load that commits makes the default computed again, for the new state
        host.Get<DemoSourcePreparer>().Generate(0.005, seed: 8, new DateOnly(2026, 7, 31), toPostgres: false);
        runner.RunAll("test", CancellationToken.None);
        var after = host.Get<RulesQuery>().Run(new RulesFilter());
        Assert.Equal(computed + 3, cache.Computed);
        Assert.NotSame(rules, after);
    }
}
