using Insights.Etl;
using DuckDB.NET.Data;
using Insights.Etl.Sources;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Etl;

/// <summary>A load is one transaction: a failure anywhere leaves the last good warehouse and a 'failed' run row.</summary>
[RunsLong(28)]
public sealed class TransactionalLoadTests : IClassFixture<TransactionalLoadTests.LoadedTinyWorld>, IDisposable
{
    readonly TempFolder _folder = new();
    readonly WarehouseHost _host;

    // each test starts from its own copy of the tiny world loaded once (warehouse file and sources, so the file ledger matches)
    public TransactionalLoadTests(LoadedTinyWorld loaded)
    {
        loaded.CopyTo(_folder);
        _host = Host(_folder);
    }

    static WarehouseHost Host(TempFolder folder) => new(folder, services: s => s.AddSingleton<ISourceLoader, BrokenSource>());

    /// <summary>The tiny world's sources and a warehouse with every source loaded, made once for the class and copied per test.</summary>
    public sealed class LoadedTinyWorld : IDisposable
    {
        readonly TempFolder _folder = new();

        public LoadedTinyWorld()
        {
            // disposing the host closes (and so checkpoints) the file: a plain file copy is then the whole loaded warehouse
            using var host = Host(_folder);
            TinyWorld.CopyTo(host.SourcesFolder);
            foreach (var source in SourceNames.All) host.Get<EtlRunner>().Run(source, "test", CancellationToken.None);
        }

        public void CopyTo(TempFolder target)
        {
            foreach (var file in Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories))
            {
                var copy = Path.Combine(target.Path, Path.GetRelativePath(_folder.Path, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }
        }

        public void Dispose() => _folder.Dispose();
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

    [Theory]
    [InlineData("building mart_")]         // the first mart the build reaches, after the dims and facts it reads
    [InlineData("running data checks")]    // the checks, after every model was built in the transaction
    public void Load_cancelled_while_it_builds_keeps_the_previous_state_and_records_the_run(string cancelAtPhase)
    {
        var before = Snapshot();
        File.AppendAllText(Path.Combine(_host.SourcesFolder, "operational", "customers.csv"),
            "9,New Person,New,new@example.com,West,web,2024-04-01 10:00:00,2024-04-01 10:00:00\n");
        using var stop = new CancellationTokenSource();
        var progress = _host.Get<EtlProgress>();
        var phases = new List<string>();
        void CancelThere(EtlProgressEntry entry)
        {
            phases.Add(entry.Phase);
            if (entry.Phase.StartsWith(cancelAtPhase, StringComparison.Ordinal)) stop.Cancel();
        }
        progress.Changed += CancelThere;
        try
        {
            Assert.ThrowsAny<OperationCanceledException>(() => _host.Get<EtlRunner>().Run(SourceNames.Operational, "test", stop.Token));
        }
        finally
        {
            progress.Changed -= CancelThere;
        }

        Assert.StartsWith(cancelAtPhase, phases[^1], StringComparison.Ordinal);   // it stopped where it was cancelled, not at the end
        Assert.Equal(before, Snapshot());
        var run = _host.Rows("select status, error from etl_run order by run_id desc limit 1").Single();
        Assert.Equal("failed", run[0]);
        Assert.Contains("cancel", (string)run[1]!, StringComparison.OrdinalIgnoreCase);
        // nothing of the stopped run sticks: the next load lands the new customer
        _host.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None);
        Assert.Equal(1L, _host.Scalar<long>("select count(*) from dim_customer where customer_id = 9 and is_current"));
    }

    [Fact]
    public void A_running_statement_stops_when_its_token_fires()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        // a cross join of 10^12 rows: hours if nothing interrupts it
        Assert.ThrowsAny<OperationCanceledException>(() => connection.ExecuteNonQuery(stop.Token,
            "create temp table never as select sum(a.range * b.range) as total from range(1000000) a, range(1000000) b"));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"the statement ran {watch.Elapsed} after its token fired");
        // the connection is usable again (the interrupt is cleared by the next statement)
        Assert.Equal(1, connection.ExecuteScalar<int>("select 1"));
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
