using Insights.Demo;
using Insights.Etl;
using Insights.Reports.Pages.Service;
using Insights.Reports.Pages.Service.Complaints;

namespace Insights.Tests.Reports.Pages.Service;

/// <summary>
/// The service views are computed once per warehouse state and filter: the same filter again is read from the cache, another
/// filter is computed, and a load that commits makes the next request read the new state at once.
/// </summary>
public sealed class ServiceCacheTests
{
    [Fact]
    public void A_view_is_computed_once_per_state_and_filter_and_again_after_a_load()
    {
        using var folder = new TempFolder();
        using var host = new WarehouseHost(folder);
        host.Get<DemoSourcePreparer>().Generate(0.005, seed: 7, new DateOnly(2026, 6, 30), toPostgres: false);
        var runner = host.Get<EtlRunner>();
        var cache = host.Get<ServiceCache>();
        var query = host.Get<ComplaintsQuery>();
        runner.Run(SourceNames.Operational, "test", CancellationToken.None);

        var before = query.Run(new ComplaintsFilter());
        var computed = cache.Computed;
        var again = query.Run(new ComplaintsFilter());
        Assert.Same(before, again);
        Assert.Equal(computed, cache.Computed);
        query.Run(new ComplaintsFilter { By = "severity" });
        Assert.Equal(computed + 1, cache.Computed);

        runner.Run(SourceNames.Complaints, "test", CancellationToken.None);
        var after = query.Run(new ComplaintsFilter());   // well within a second of the reads above
        Assert.Equal(0, before.Total.Complaints);
        Assert.True(after.Total.Complaints > 0, "the view after the complaints load still showed the state before it");
    }
}
