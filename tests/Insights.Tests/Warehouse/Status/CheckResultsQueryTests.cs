using Insights.Etl;
using Insights.Warehouse;
using Insights.Warehouse.Status;

namespace Insights.Tests.Warehouse.Status;

/// <summary>Data-check results per run and for each source's latest run, on the tiny world.</summary>
public sealed class CheckResultsQueryTests : IDisposable
{
    readonly TempFolder _folder = new();
    readonly WarehouseHost _host;

    public CheckResultsQueryTests()
    {
        _host = new WarehouseHost(_folder);
        TinyWorld.CopyTo(_host.SourcesFolder);
    }

    [Fact]
    public void A_run_lists_every_check_with_its_failing_rows()
    {
        var run = _host.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None);

        var checks = _host.Get<CheckResultsQuery>().ForRecentRuns(1)[run.RunId].ToList();

        Assert.Equal(ModelRunner.Checks.Select(c => c.Name).Order(StringComparer.Ordinal).ToArray(), checks.Select(c => c.CheckName).ToArray());
        Assert.All(checks, c => Assert.True(c.Passed && c.FailingRows == 0 && c.Outcome == "pass" && c.RunId == run.RunId));
    }

    [Fact]
    public void Recent_runs_group_their_checks_by_run_newest_first_and_filter_by_source()
    {
        var runner = _host.Get<EtlRunner>();
        runner.RunAll("test", CancellationToken.None);
        // a run with new rows (a run that lands nothing builds nothing, so it checks nothing)
        File.AppendAllText(Path.Combine(_host.SourcesFolder, "contacts", "contacts.csv"), "4,1,2024-04-02 10:00:00,email,outbound,0,offer\n");
        var newest = runner.Run(SourceNames.Contacts, "test", CancellationToken.None).RunId;
        var query = _host.Get<CheckResultsQuery>();

        var recent = query.ForRecentRuns(2);
        Assert.Equal(2, recent.Count);
        Assert.Equal(ModelRunner.Checks.Count, recent[newest].Count());
        Assert.Single(query.ForRecentRuns(10, SourceNames.Operational));
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
