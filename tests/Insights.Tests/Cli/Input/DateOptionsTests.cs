
namespace Insights.Tests.Cli.Input;

/// <summary>
/// Every option that takes a date refuses a bad one the same way, before it opens anything: exit code 2, one line on stderr
/// naming the option, the format and the value, nothing on stdout. A day that only a culture could read (01/02/2024) is bad too.
/// </summary>
public sealed class DateOptionsTests : IDisposable
{
    readonly TempFolder _folder = new();

    public static TheoryData<string[], string> DayOptions => new()
    {
        { ["report", "intervals"], "--calibration-end" },
        { ["report", "intervals"], "--holdout-end" },
        { ["report", "loyalty", "rfm"], "--as-of" },
        { ["report", "cross-sell", "rules"], "--from" },
        { ["report", "cross-sell", "rules"], "--to" },
        { ["report", "cross-sell", "sequences"], "--from" },
        { ["report", "cross-sell", "offers"], "--to" },
        { ["report", "cross-sell", "white-space"], "--from" },
        { ["report", "cross-sell", "opportunities"], "--to" },
        { ["demo", "generate"], "--end-date" },
        { ["report", "service", "channels"], "--from" },
        { ["report", "service", "returns"], "--to" },
        { ["campaign", "create", "--segment", "1", "--name", "spring", "--offer", "10% off"], "--start" },
    };

    [Theory]
    [MemberData(nameof(DayOptions))]
    public void A_bad_day_exits_2_with_the_same_one_line_message_in_every_command(string[] command, string option)
    {
        foreach (var bad in new[] { "2024-13-01", "01/02/2024", "yesterday" })
        {
            var run = CliProcess.Run([.. command, option, bad, "--warehouse", _folder.File("w.duckdb"), "--sources", _folder.File("sources")]);

            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"{option} must be a date as yyyy-MM-dd, not '{bad}'.{Environment.NewLine}", run.Stderr);
            Assert.Equal("", run.Stdout);
        }
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));   // neither a warehouse nor sources were created
    }

    [Fact]
    public void A_bad_cohort_month_exits_2_with_the_month_format()
    {
        var run = CliProcess.Run("report", "loyalty", "customers", "--cohort", "2024-01-15", "--warehouse", _folder.File("w.duckdb"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"--cohort must be a month as yyyy-MM, not '2024-01-15'.{Environment.NewLine}", run.Stderr);
    }

    [Fact]
    public void A_date_option_without_a_value_is_a_usage_error_too()
    {
        var run = CliProcess.Run("report", "cross-sell", "white-space", "--warehouse", _folder.File("w.duckdb"), "--from");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--from", run.Stderr);
        Assert.Single(run.Stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    public void Dispose() => _folder.Dispose();
}
