using System.Diagnostics;
using Insights.Demo;
using Insights.Etl;

namespace Insights.Tests.Etl;

/// <summary>
/// A load process killed at any point leaves the last committed warehouse, and the next run completes the work: the result
/// equals a clean single run, row for row (every raw, dim, fact and mart table, and the loaded-file ledger). Once for the CLI
/// (nine kill points), once for the site, whose Hangfire job is cut off in its extract (the source holds a lock the extract
/// waits on, so the kill always lands inside the load).
/// </summary>
// a class fixture, not the postgres collection: the kill tests run beside the other PostgreSQL tests, as they did before
[RunsLong(100)]
public sealed class KillTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    readonly TempFolder _folder = new();

    [Fact]
    public void Killed_load_then_rerun_equals_a_clean_single_run()
    {
        var sources = _folder.File("sources");
        using (var host = new WarehouseHost(_folder))
            host.Get<DemoSourcePreparer>().Generate(0.02, seed: 5, new DateOnly(2026, 6, 30), toPostgres: false);
        var watch = Stopwatch.StartNew();
        var clean = Run(_folder.File("clean.duckdb"), sources);
        var cleanMs = (int)watch.ElapsedMilliseconds;
        Assert.Equal(0, clean.ExitCode);
        var expected = Fingerprint(_folder.File("clean.duckdb"));

        // kill points spread over the clean run's own duration (so a slow machine moves them with it): start-up and
        // migrations, each source's landing, model build and commit
        var interrupted = 0;
        foreach (var delayMs in new[] { 0.08, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85 }.Select(f => (int)(f * cleanMs)))
        {
            var path = _folder.File($"killed-{delayMs}.duckdb");
            KillAfter(path, sources, delayMs);
            var rerun = Run(path, sources);
            Assert.True(rerun.ExitCode == 0, rerun.Stderr);

            Assert.Equal(expected, Fingerprint(path));
            interrupted += Convert.ToInt32(Scalar(path, "select count(*) from etl_run where status = 'abandoned'"));
        }
        // the delays span the load, so some kills must have landed inside a transaction (not only before or after it)
        Assert.True(interrupted >= 2, $"only {interrupted} kills interrupted a load; the test did not test what it claims");
    }

    [Fact]
    public async Task Site_killed_while_its_hangfire_job_loads_marks_the_run_abandoned_on_restart_and_the_next_load_equals_a_clean_one()
    {
        // the world's own warehouse is the clean run; the site gets a warehouse of its own and the same sources
        using var world = new PostgresWarehouse(postgres, scale: 0.02, seed: 9);
        var environment = new Dictionary<string, string>
        {
            ["Warehouse__DatabasePath"] = _folder.File("site.duckdb"),
            ["Etl__SourcesFolder"] = world.Host.SourcesFolder,
            ["Etl__Operational__Kind"] = "Postgres",
            ["Etl__Operational__ConnectionString"] = world.ConnectionString,
            ["Etl__RunOnStart"] = "true",               // the start-up chain loads every source through Hangfire
            ["Demo__GenerateOnFirstStart"] = "false",
            ["Reports__WarmUp__Enabled"] = "false",
            ["Hangfire__PostgresConnectionString"] = "",
        };

        using (var sourceLock = new SourceLock(world.ConnectionString, "order_lines"))
        using (var site = new SiteProcess(_folder.Path, environment))
        {
            await sourceLock.WaitForBlockedReaderAsync(TimeSpan.FromMinutes(2));   // the operational load is in its extract
            await site.WaitForAsync("/etl/runs", html => html.Contains(">running<", StringComparison.Ordinal), TimeSpan.FromMinutes(1));
            site.Kill();
        }

        using (var restarted = new SiteProcess(_folder.Path, environment))
        {
            // the home page's freshness table: every source's latest run succeeded
            await restarted.WaitForAsync("/", html => SucceededSources(html) == SourceNames.All.Count, TimeSpan.FromMinutes(3));
            restarted.Kill();   // committed is committed: a second kill after the loads loses nothing
        }
        world.Host.Get<EtlRunner>().RunAll("test", CancellationToken.None);

        Assert.Equal(1L, Convert.ToInt64(Scalar(_folder.File("site.duckdb"), "select count(*) from etl_run where status = 'abandoned'")));
        Assert.Equal(Fingerprint(world.Host.Folder.File("warehouse.duckdb")), Fingerprint(_folder.File("site.duckdb")));
    }

    static int SucceededSources(string overview) =>
        overview.Split("class=\"status status-succeeded\"").Length - 1;

    static CliProcess.Result Run(string warehouse, string sources) =>
        CliProcess.Run("etl", "run", "--warehouse", warehouse, "--sources", sources);

    static void KillAfter(string warehouse, string sources, int delayMs)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "insights.dll"), "etl", "run", "--warehouse", warehouse, "--sources", sources })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(delayMs)) process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    static string Fingerprint(string warehouse) => WarehouseFingerprint.Of(warehouse);

    static object Scalar(string warehouse, string sql) => WarehouseFingerprint.Scalar(warehouse, sql);

    public void Dispose() => _folder.Dispose();
}
