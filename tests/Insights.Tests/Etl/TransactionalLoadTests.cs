using Insights.Etl;
using DuckDB.NET.Data;
using Insights.Etl.Sources;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Etl;

/// <summary>A load is one transaction: a failure anywhere leaves the last good warehouse and a 'failed' run row.</summary>
public sealed class TransactionalLoadTests : IDisposable
{
    readonly TempFolder _folder = new();
    readonly WarehouseHost _host;

    public TransactionalLoadTests()
    {
        _host = new WarehouseHost(_folder, services: s => s.AddSingleton<ISourceLoader, BrokenSource>());
        TinyWorld.CopyTo(_host.SourcesFolder);
        LoadTinyWorld();
    }

    [Fact]
    public void Failure_after_some_tables_loaded_keeps_the_previous_state()
    {
        var before = Snapshot();
        // customers, products and orders load (raw tables already emptied and refilled), then order_lines is missing.
        File.AppendAllText(Path.Combine(_host.SourcesFolder, "operational", "customers.csv"),
            "9,New Person,New,new@example.com,West,web,2024-04-01 10:00:00,2024-04-01 10:00:00\n");
        File.Delete(Path.Combine(_host.SourcesFolder, "operational", "order_lines.csv"));

        var error = Assert.Throws<SourceContractException>(() =>
            _host.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None));

        Assert.Contains("order_lines.csv is missing", error.Message);
        Assert.Equal(before, Snapshot());
        var run = _host.Rows("select status, error from etl_run order by run_id desc limit 1").Single();
        Assert.Equal("failed", run[0]);
        Assert.Contains("order_lines.csv", (string)run[1]!);
    }

    [Fact]
    public void Failure_in_the_model_build_keeps_the_previous_state()
    {
        var before = Snapshot();

        // the broken source lands a contact without a timestamp straight into raw, which fct_contact refuses (NOT NULL)
        Assert.ThrowsAny<Exception>(() => _host.Get<EtlRunner>().Run(BrokenSource.Name, "test", CancellationToken.None));

        Assert.Equal(before, Snapshot());
        Assert.Equal("failed", _host.Scalar<string>("select status from etl_run order by run_id desc limit 1"));
    }

    [Fact]
    public void Orphan_order_line_is_quarantined_and_the_rest_loads()
    {
        File.AppendAllText(Path.Combine(_host.SourcesFolder, "operational", "order_lines.csv"), "999,1,10,1,12.50,0.00\n");

        var result = _host.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None);

        // only order_lines.csv changed: its five known lines are skipped, the orphan is quarantined
        Assert.Equal(new LoadCounts(Read: 6, Loaded: 0, Rejected: 1, Skipped: 5), result.Counts);
        Assert.Equal(5L, _host.Scalar<long>("select count(*) from fct_order_line"));
        Assert.Equal("order line refers to order 999, which was never loaded",
            _host.Scalar<string>($"select reason from quarantine_row where run_id = {result.RunId}"));
    }

    [Fact]
    public void Rerun_of_an_unchanged_source_changes_nothing()
    {
        var before = Snapshot();
        LoadTinyWorld();
        Assert.Equal(before, Snapshot());
    }

    // the built-in sources only: RunAll would also run the broken one
    void LoadTinyWorld()
    {
        foreach (var source in SourceNames.All) _host.Get<EtlRunner>().Run(source, "test", CancellationToken.None);
    }

    string Snapshot() => string.Join(" | ", _host.Rows(
        "select (select count(*) from raw_customers), (select count(*) from dim_customer), (select count(*) from fct_order_line), " +
        "(select sum(net_amount) from fct_order_line), (select count(*) from fct_contact), (select count(*) from fct_complaint), " +
        "(select count(*) from mart_revenue_by_month)").Single());

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    /// <summary>A source that lands a row no model accepts, to fail a load after the raw tables changed.</summary>
    sealed class BrokenSource : ISourceLoader
    {
        public const string Name = "broken";

        public string Source => Name;

        public LoadCounts Load(DuckDBConnection connection, long runId, bool full, CancellationToken cancellationToken)
        {
            connection.ExecuteNonQuery("insert into raw_contacts (contact_id, customer_id, contacted_at, channel, _run_id) values (99, 1, null, 'email', $run)",
                ("run", runId));
            return new LoadCounts(1, 1, 0);
        }
    }
}
