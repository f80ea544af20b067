using Insights.Reports.Caching;
using Insights.Reports.Limits;
using Insights.Reports.Pages.Intervals;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Intervals;

/// <summary>
/// The page's kept result serves every order and number of customers listed (IntervalsQuery.Run keeps one result per fit): each
/// listing equals the same filter computed for itself, on CDNOW.
/// </summary>
public sealed class IntervalsListingTests(CdnowSampleWarehouse cdnow) : IClassFixture<CdnowSampleWarehouse>
{
    [Theory]
    [InlineData("models")]
    [InlineData("rhythm")]
    public void Every_order_and_number_listed_from_the_kept_result_equals_that_filter_computed(string section)
    {
        var cache = cdnow.Host.Get<AnalyticsCache>();
        var kept = cdnow.Host.Get<IntervalsQuery>();
        var computed = new IntervalsQuery(cdnow.Host.Get<DuckDbWarehouse>(), cdnow.Host.Get<ComputeGate>());   // no cache: each filter itself
        var before = cache.Computed;
        foreach (var sort in IntervalsFilter.Sorts)
            foreach (var limit in new[] { 1, 7, 50, 1000 })
            {
                var filter = new IntervalsFilter { Section = section, Sort = sort, Limit = limit, CalibrationEnd = new DateOnly(1997, 9, 30), OverdueFactor = 1.5 };
                var (listed, expected) = (kept.Run(filter), computed.Run(filter));
                Assert.Equal(expected.TopCustomers, listed.TopCustomers);
                Assert.Equal(expected.Overdue, listed.Overdue);
                Assert.Equal(expected.CategoryOverdue, listed.CategoryOverdue);
                Assert.True(section == "models" ? listed.TopCustomers.Count == Math.Min(limit, 2357) : listed.Overdue.Count <= limit);
            }
        Assert.Equal(1, cache.Computed - before);   // one computation for the 20 listings
        Assert.True(computed.Run(new IntervalsFilter { Section = section, Limit = 1000, CalibrationEnd = new DateOnly(1997, 9, 30), OverdueFactor = 1.5 })
            is { TopCustomers.Count: > 50 } or { Overdue.Count: > 50 }, "the lists are longer than the smaller limits");
    }
}
