using Insights.Demo;
using Insights.Etl;
using Insights.Reports.Pages.Loyalty;

namespace Insights.Tests.Reports.Pages.Loyalty;

/// <summary>
/// The warehouse state that keys the loyalty cache moves the moment a load of this process commits. It was read at most once
/// a second, so a view asked for within that second of a load was served from the previous run's entries: the CI run in
/// which the complaints load's service groups read as "No complaint" (MartFreshnessTests).
/// </summary>
public sealed class LoyaltyStateTests
{
    [Fact]
    public void A_load_moves_the_state_at_once_and_the_views_with_it()
    {
        using var folder = new TempFolder();
        using var host = new WarehouseHost(folder);
        host.Get<DemoSourcePreparer>().Generate(0.005, seed: 7, new DateOnly(2026, 6, 30), toPostgres: false);
        var query = host.Get<LoyaltyQuery>();

        host.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None);
        var before = query.State;
        var noComplaints = query.Service(query.Resolve(new LoyaltyFilter()));
        var complaints = host.Get<EtlRunner>().Run(SourceNames.Complaints, "test", CancellationToken.None);
        var after = query.State;                          // well within a second of the read above
        var withComplaints = query.Service(query.Resolve(new LoyaltyFilter()));

        Assert.Equal(complaints.RunId, after);
        Assert.True(after > before);
        Assert.DoesNotContain(noComplaints, row => row.Kind == "complaint" && row.Group != "No complaint");
        Assert.Contains(withComplaints, row => row.Kind == "complaint" && row.Group != "No complaint" && row.Customers > 0);
    }
}
