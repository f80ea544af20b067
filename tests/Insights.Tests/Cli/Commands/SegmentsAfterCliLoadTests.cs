using System.Globalization;

namespace Insights.Tests.Cli.Commands;

/// <summary>
/// `insights etl run` re-evaluates the saved segments once at its end, in its own process (no site, no EvaluateAll by hand), so
/// a load by the CLI records each segment's size at the new state (TestData/tiny: customer 1 is the one in the North).
/// </summary>
public sealed class SegmentsAfterCliLoadTests : IDisposable
{
    readonly TempFolder _folder = new();

    public SegmentsAfterCliLoadTests() => TinyWorld.CopyTo(_folder.File("sources"));

    string Warehouse => _folder.File("w.duckdb");

    string[] Paths => ["--warehouse", Warehouse, "--sources", _folder.File("sources")];

    string Sizes(int id) => Convert.ToString(WarehouseFingerprint.Scalar(Warehouse, $"""
        select string_agg(state_run_id || ':' || count_members, ',' order by state_run_id) from app_segment_size where segment_id = {id}
        """), CultureInfo.InvariantCulture)!;

    [Fact]
    public void A_cli_load_records_a_size_row_for_every_saved_segment_once_after_all_sources()
    {
        var first = CliProcess.Run(["etl", "run", .. Paths]);
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("segments: 0 re-evaluated", first.Stdout);   // none saved yet
        File.WriteAllText(_folder.File("north.json"), """{"groups":[{"anyOf":[{"field":"region","op":"in","values":["North"]}]}]}""");
        var save = CliProcess.Run(["segment", "save", "--conditions", _folder.File("north.json"), "--name", "North", "--user", "script", .. Paths]);
        Assert.True(save.ExitCode == 0, save.Stderr);
        var id = int.Parse(save.Stdout.Split(' ')[1], CultureInfo.InvariantCulture);
        Assert.Equal("3:1", Sizes(id));   // saved (and evaluated) at the state of run 3, the last of the three sources

        // a second load of the three sources (runs 4-6, nothing new): one evaluation at its end, at run 6, not one per source
        var second = CliProcess.Run(["etl", "run", .. Paths]);

        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains("segments: 1 re-evaluated", second.Stdout);
        Assert.Equal("3:1,6:1", Sizes(id));
    }

    public void Dispose() => _folder.Dispose();
}
