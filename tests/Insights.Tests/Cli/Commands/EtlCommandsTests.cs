using System.Text.Json;
using Insights.Warehouse;
using Microsoft.Extensions.Options;

namespace Insights.Tests.Cli.Commands;

/// <summary>`insights etl run` and `insights etl status` as separate processes, on the tiny world.</summary>
public sealed class EtlCommandsTests : IDisposable
{
    readonly TempFolder _folder = new();

    public EtlCommandsTests() => TinyWorld.CopyTo(_folder.File("sources"));

    string[] Paths => ["--warehouse", _folder.File("w.duckdb"), "--sources", _folder.File("sources")];

    [Fact]
    public void Etl_run_loads_every_source_and_status_json_reports_them()
    {
        var run = CliProcess.Run(["etl", "run", .. Paths]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("operational: run 1 succeeded; read 15, loaded 15, quarantined 0", run.Stdout);
        // progress: a start line per source on stderr (stdout is redirected here, so it stays clean), seconds on each result line
        Assert.Contains("operational: loading…", run.Stderr);
        Assert.DoesNotContain("loading", run.Stdout);
        Assert.Matches(@"contacts: run 2 succeeded; .* \(\d+\.\d s\)", run.Stdout);

        var status = CliProcess.Run(["etl", "status", "--json", .. Paths]);

        Assert.Equal(0, status.ExitCode);
        using var json = JsonDocument.Parse(status.Stdout);
        var sources = json.RootElement.GetProperty("freshness").EnumerateArray()
            .Select(f => (f.GetProperty("source").GetString(), f.GetProperty("lastStatus").GetString())).ToList();
        Assert.Equal([("complaints", "succeeded"), ("contacts", "succeeded"), ("operational", "succeeded")], sources);
        var orderLines = json.RootElement.GetProperty("tables").EnumerateArray()
            .Single(t => t.GetProperty("table").GetString() == "fct_order_line").GetProperty("rows").GetInt64();
        Assert.Equal(5, orderLines);
    }

    [Fact]
    public void Etl_run_refuses_with_a_clear_message_while_another_process_holds_the_warehouse()
    {
        using var holder = new DuckDbWarehouse(Options.Create(new WarehouseOptions { DatabasePath = _folder.File("w.duckdb") }));

        var run = CliProcess.Run(["etl", "run", .. Paths]);

        Assert.True(run.ExitCode == 3, $"exit {run.ExitCode}: {run.Stderr}");
        Assert.Contains("is in use by another process", run.Stderr);
        Assert.Contains("Warehouse:DatabasePath", run.Stderr);
    }

    [Fact]
    public void Missing_source_file_fails_with_exit_code_1_and_names_the_file()
    {
        File.Delete(_folder.File("sources/contacts/contacts.csv"));

        var run = CliProcess.Run(["etl", "run", "--source", "contacts", .. Paths]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No *.csv files for the contacts source", run.Stderr);
    }

    [Fact]
    public void Unknown_source_is_a_usage_error()
    {
        var run = CliProcess.Run(["etl", "run", "--source", "nonsense", .. Paths]);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("nonsense", run.Stderr);
    }

    public void Dispose() => _folder.Dispose();
}
