using System.Diagnostics;
using Insights.Etl;
using Insights.Tests.Fixtures;
using Insights.Warehouse;
using Microsoft.Extensions.Options;

namespace Insights.Tests.Etl;

/// <summary>
/// A load process killed at any point leaves the last committed warehouse, and the next run completes the work: the result
/// equals a clean single run, row for row (every raw, dim, fact and mart table, and the loaded-file ledger).
/// </summary>
public sealed class KillTests : IDisposable
{
    static readonly string[] Tables =
    [
        "raw_customers", "raw_products", "raw_orders", "raw_order_lines", "raw_returns", "raw_contacts", "raw_complaints",
        "dim_customer", "dim_product", "dim_channel", "dim_date",
        "fct_order_line", "fct_return", "fct_contact", "fct_complaint", "mart_revenue_by_month",
    ];

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

    static string Fingerprint(string warehouse)
    {
        var parts = Tables.Select(table =>
        {
            var exclude = table.StartsWith("raw_", StringComparison.Ordinal) ? " exclude (_run_id)" : "";
            return $"{table}: " + Scalar(warehouse, $"select count(*) || '/' || coalesce(sum(hash(*columns(*{exclude}))), 0) from {table}");
        });
        var files = Scalar(warehouse, "select string_agg(file_name || ':' || sha256 || ':' || rows_read, ',' order by source, file_name) from etl_loaded_file");
        return string.Join("\n", parts.Append("files: " + files));
    }

    static object Scalar(string warehouse, string sql)
    {
        using var db = new DuckDbWarehouse(Options.Create(new WarehouseOptions { DatabasePath = warehouse }));
        using var connection = db.OpenConnection();
        return connection.ExecuteScalar<object>(sql);
    }

    public void Dispose() => _folder.Dispose();
}
