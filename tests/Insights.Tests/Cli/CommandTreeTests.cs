namespace Insights.Tests.Cli;

/// <summary>
/// The CLI builds only the command a line names first (CommandTree, a start-up cost): every command named that way must still
/// be found, under its own name, and an option written before the command, or the root's help, must still see them all.
/// </summary>
public sealed class CommandTreeTests
{
    static readonly string[] TopLevel = ["demo", "etl", "bench", "quarantine", "report", "segment", "campaign"];

    public static TheoryData<string[]> Named => new(
    [
        ["demo"], ["etl"], ["bench"], ["quarantine"], ["report"], ["segment"], ["campaign"],
        ["report", "intervals"], ["report", "loyalty"], ["report", "cross-sell"], ["report", "service"],
        ["report", "customer"], ["report", "customers"],
    ]);

    [Theory]
    [MemberData(nameof(Named))]
    public void A_command_named_first_is_built_alone_and_answers_its_help(string[] command)
    {
        var run = CliProcess.Run([.. command, "--help"]);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Matches($@"(?m)^  insights {string.Join(' ', command)} [\[<]", run.Stdout);   // its usage line
    }

    [Fact]
    public void The_root_help_lists_every_command()
    {
        var run = CliProcess.Run("--help");

        Assert.True(run.ExitCode == 0, run.Stderr);
        foreach (var name in TopLevel) Assert.Contains("  " + name + " ", run.Stdout);
    }

    [Fact]
    public void A_global_option_before_the_command_still_finds_it()
    {
        var run = CliProcess.Run("--warehouse", "no-such-folder/w.duckdb", "report", "intervals", "--help");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("insights report intervals [", run.Stdout);
    }
}
