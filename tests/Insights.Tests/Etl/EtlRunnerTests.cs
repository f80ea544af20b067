using DuckDB.NET.Data;
using Insights.Etl;
using Insights.Etl.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Etl;

/// <summary>The runner's bookkeeping: progress phases while a load runs, and loud failure when a load does not reconcile.</summary>
public sealed class EtlRunnerTests : IDisposable
{
    readonly TempFolder _folder = new();
    readonly WarehouseHost _host;

    public EtlRunnerTests()
    {
        _host = new WarehouseHost(_folder, services: s => s.AddSingleton<ISourceLoader, MiscountingSource>());
        TinyWorld.CopyTo(_host.SourcesFolder);
    }

    [Fact]
    public void Progress_reports_each_phase_of_a_load_and_forgets_it_when_done()
    {
        var progress = _host.Get<EtlProgress>();
        var phases = new List<string>();
        progress.Changed += e => phases.Add(e.Phase);

        _host.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None);

        Assert.Equal("landing new and changed rows", phases[0]);
        Assert.Contains("building dim_customer", phases);
        Assert.True(phases.IndexOf("building dim_customer") < phases.IndexOf("building fct_order_line"));
        Assert.Equal("running data checks", phases[^2]);
        Assert.Equal("customer scores", phases[^1]);   // the after-load step, once the load has committed
        Assert.Empty(progress.Running);
    }

    [Fact]
    public void Load_whose_counts_do_not_add_up_fails_and_commits_nothing()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            _host.Get<EtlRunner>().Run(MiscountingSource.Name, "test", CancellationToken.None));

        Assert.Contains("does not reconcile: read 3 <> loaded 1 + quarantined 0 + skipped 0", error.Message);
        Assert.Equal(0L, _host.Scalar<long>("select count(*) from raw_contacts"));
        Assert.Equal("failed", _host.Scalar<string>("select status from etl_run order by run_id desc limit 1"));
    }

    /// <summary>Lands a row but claims to have read three: two rows unaccounted for.</summary>
    sealed class MiscountingSource : ISourceLoader
    {
        public const string Name = "miscounting";

        public string Source => Name;

        public LoadCounts Load(DuckDBConnection connection, long runId, bool full, CancellationToken cancellationToken)
        {
            Insights.Warehouse.DuckDbCommands.ExecuteNonQuery(connection,
                "insert into raw_contacts (contact_id, customer_id, contacted_at, channel, direction, _run_id) " +
                "values (1, 1, timestamp '2024-01-01', 'email', 'inbound', $run)", ("run", runId));
            return new LoadCounts(3, 1, 0);
        }
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
