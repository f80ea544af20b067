using System.Text.Json;
using Insights.Etl;

namespace Insights.Tests.Cli.Commands;

/// <summary>`insights quarantine list|export` as separate processes, on a warehouse loaded with two refused contact lines.</summary>
public sealed class QuarantineCommandsTests : IClassFixture<QuarantineCommandsTests.LoadedWarehouse>
{
    /// <summary>The tiny world plus two bad contact lines, loaded in-process once, then closed so the CLI can open the file.</summary>
    public sealed class LoadedWarehouse : IDisposable
    {
        public LoadedWarehouse()
        {
            using (var host = new WarehouseHost(Folder))
            {
                TinyWorld.CopyTo(host.SourcesFolder);
                File.AppendAllText(Path.Combine(host.SourcesFolder, "contacts", "contacts.csv"),
                    "4,1,2024-13-45 10:00:00,email,outbound,0,newsletter\n" +   // line 5: impossible date
                    "=1+2,3,2024-03-04 10:00:00,email,outbound,0,x\n");         // line 6: a formula where the id belongs
                ContactsRun = host.Get<EtlRunner>().RunAll("test", CancellationToken.None).Single(r => r.Source == SourceNames.Contacts).RunId;
            }
        }

        public TempFolder Folder { get; } = new();

        public long ContactsRun { get; }

        public string[] Paths => ["--warehouse", Folder.File("warehouse.duckdb"), "--sources", Folder.File("sources")];

        public void Dispose() => Folder.Dispose();
    }

    readonly LoadedWarehouse _world;

    public QuarantineCommandsTests(LoadedWarehouse world) => _world = world;

    [Fact]
    public void List_as_json_prints_the_rows_with_their_reason_and_raw_content()
    {
        var list = CliProcess.Run(["quarantine", "list", "--source", "contacts", "--format", "json", .. _world.Paths]);

        Assert.True(list.ExitCode == 0, list.Stderr);
        using var json = JsonDocument.Parse(list.Stdout);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["line 5", "line 6"], rows.Select(r => r.GetProperty("rowRef").GetString()!).ToArray());
        Assert.All(rows, r => Assert.Equal(_world.ContactsRun, r.GetProperty("runId").GetInt64()));
        Assert.Contains("2024-13-45", rows[0].GetProperty("reason").GetString());
        Assert.Equal("=1+2,3,2024-03-04 10:00:00,email,outbound,0,x", rows[1].GetProperty("rawContent").GetString());
    }

    [Fact]
    public void Export_writes_every_matching_row_to_the_file_and_says_how_many()
    {
        var file = _world.Folder.File($"export-{Guid.NewGuid():N}.csv");

        var export = CliProcess.Run(["quarantine", "export", "--run", $"{_world.ContactsRun}", "--out", file, .. _world.Paths]);

        Assert.True(export.ExitCode == 0, export.Stderr);
        Assert.Equal($"2 quarantined rows written to {file}", export.Stdout.Trim());
        var lines = File.ReadAllText(file).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal("run_id,source,source_file,row_ref,reason,raw_content,quarantined_at_utc", lines[0]);
        Assert.Contains(",\"'=1+2,3,2024-03-04 10:00:00,email,outbound,0,x\",", lines[2]);   // defused, not a formula
    }

    [Fact]
    public void A_reason_that_matches_nothing_lists_nothing()
    {
        var list = CliProcess.Run(["quarantine", "list", "--reason", "no such reason", .. _world.Paths]);

        Assert.True(list.ExitCode == 0, list.Stderr);
        Assert.Contains("(no quarantined rows)", list.Stdout);
    }

    [Fact]
    public void Unknown_format_or_missing_out_file_is_a_usage_error_with_exit_code_2()
    {
        var format = CliProcess.Run(["quarantine", "list", "--format", "xml", .. _world.Paths]);
        var export = CliProcess.Run(["quarantine", "export", .. _world.Paths]);

        Assert.Equal(2, format.ExitCode);
        Assert.Contains("xml", format.Stderr);
        Assert.Equal(2, export.ExitCode);
        Assert.Contains("--out", export.Stderr);
    }
}
