
namespace Insights.Tests.Cli;

/// <summary>
/// Input a command cannot use ends like a bad date, whoever finds it: System.CommandLine (a number that is not one, a value
/// outside a list), the filter's own rules, or the query (a value the warehouse does not know): exit code 2, one line per
/// problem on stderr, no stack trace, nothing on stdout.
/// </summary>
public sealed class UsageErrorTests(TinyWarehouseFile world) : IClassFixture<TinyWarehouseFile>
{
    public static TheoryData<string[], string> BadInputs => new()
    {
        { ["report", "cross-sell", "rules", "--min-support", "abc"], "'abc'" },
        { ["report", "cross-sell", "rules", "--min-support", "2"], "support" },
        { ["report", "cross-sell", "rules", "--sort", "price"], "'price'" },
        { ["report", "intervals", "--margin", "2"], "margin" },
        { ["report", "intervals", "--sort", "price"], "'price'" },
        { ["report", "loyalty", "rfm", "--period", "decade"], "decade" },
        { ["report", "cross-sell", "offers", "--unknown-option"], "--unknown-option" },
        { ["demo", "generate", "--to", "ftp"], "'ftp'" },
        { ["report", "cross-sell"], "`insights report cross-sell --help` lists its commands" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_exits_2_with_a_one_line_message_naming_it(string[] command, string named)
    {
        var run = CliProcess.Run([.. command, "--warehouse", world.Path]);

        Assert.Equal(2, run.ExitCode);
        var lines = run.Stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, run.Stderr);   // a stack trace would add lines
        Assert.Contains(named, lines[0], StringComparison.OrdinalIgnoreCase);
        Assert.Equal("", run.Stdout);
    }
}
