using System.Globalization;
using System.Text.Json;

namespace Insights.Tests.Cli.Commands;

/// <summary>
/// `insights report cross-sell backtest` as its own process on the hand-solved offers world (TestData/offers/README.md): the
/// numbers OffersBacktestTests check, in json and csv, and a refused cutoff.
/// </summary>
public sealed class OffersBacktestCommandTests(OffersWorldFile world) : IClassFixture<OffersWorldFile>
{
    CliProcess.Result Run(params string[] args) => CliProcess.Run(["report", "cross-sell", "backtest", .. args, "--warehouse", world.Path]);

    [Fact]
    public void Json_gives_the_hand_computed_hit_rates_intervals_and_ratios()
    {
        var run = Run("--cutoff", "2024-04-01", "--horizon", "30");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("backtest: 6 customers, cutoff 2024-04-01, horizon 30 days", run.Stderr);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal("Wilson score interval, 95%", root.GetProperty("parameters").GetProperty("interval").GetString());
        var lines = root.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(8, lines.Count);
        var likely = lines.Single(l => l.GetProperty("method").GetString() == "next-best, most likely" && l.GetProperty("top").GetInt32() == 1);
        Assert.Equal(1, likely.GetProperty("hits").GetInt32());
        Assert.Equal(10.0, likely.GetProperty("revenue").GetDouble(), 9);
        Assert.Equal(0.0301, likely.GetProperty("hit_rate_low").GetDouble(), 4);
        Assert.Equal(1.0, likely.GetProperty("ratio_to_popular").GetDouble(), 12);
        var likely3 = lines.Single(l => l.GetProperty("method").GetString() == "next-best, most likely" && l.GetProperty("top").GetInt32() == 3);
        Assert.Equal(4.0 / 3, likely3.GetProperty("ratio_to_popular").GetDouble(), 12);
    }

    [Fact]
    public void Csv_has_one_line_per_method_and_top()
    {
        var run = Run("--horizon", "30", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var lines = run.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("method,top,customers,hits,hit_rate,hit_rate_low,hit_rate_high,revenue,ratio_to_popular,ratio_to_popular_in_segment", lines[0]);
        var popular3 = lines.Single(l => l.StartsWith("popular overall,3,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(("6", "3", 19.0), (popular3[2], popular3[3], double.Parse(popular3[7], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_horizon_past_the_data_is_refused_with_the_reason_and_no_stack_trace()
    {
        var run = Run("--cutoff", "2024-04-15", "--horizon", "30");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("The cutoff plus the horizon must end by the day after the last purchase day (2024-04-30)", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void The_bench_runs_the_same_backtest_at_both_levels_with_the_default_cutoff()
    {
        // the default cutoff is the horizon's days before the data's end (2024-04-30): 2024-04-01, the cutoff of the first test
        var run = CliProcess.Run("bench", "cross-sell", "--backtest", "--horizon", "30", "--warehouse", world.Path, "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var backtests = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("backtests").EnumerateArray().ToList();
        Assert.Equal(["category", "product"], backtests.Select(b => b.GetProperty("level").GetString()));
        var category = backtests[0];
        Assert.Equal("2024-04-01", category.GetProperty("cutoff").GetString());
        Assert.Equal(6, category.GetProperty("customers").GetInt32());
        var likely = category.GetProperty("lines").EnumerateArray()
            .Single(l => l.GetProperty("method").GetString() == "next-best, most likely" && l.GetProperty("top").GetInt32() == 1);
        Assert.Equal((1, 1.0), (likely.GetProperty("hits").GetInt32(), likely.GetProperty("ratioToPopular").GetDouble()));
        Assert.All(backtests, b => Assert.True(b.GetProperty("seconds").GetDouble() > 0));
    }
}
