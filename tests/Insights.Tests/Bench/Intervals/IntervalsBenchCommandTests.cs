using System.Text.Json;

namespace Insights.Tests.Bench.Intervals;

/// <summary>
/// `insights bench intervals` on the tiny world's warehouse: it reads the purchase summary, fits, scores and reports the case.
/// Timings are never asserted (benchmarks are commands, not tests).
/// </summary>
public sealed class IntervalsBenchCommandTests(TinyWarehouseFile warehouse) : IClassFixture<TinyWarehouseFile>
{
    [Fact]
    public void Bench_on_a_warehouse_reports_one_case_with_its_customers()
    {
        var run = CliProcess.Run("bench", "intervals", "--warehouse", warehouse.Path, "--runs", "1", "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var cases = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("cases").EnumerateArray().ToList();
        var only = Assert.Single(cases);
        // completed purchases: customer 1 (orders 100 and 101) and customer 4 (order 103); customer 2's order was cancelled
        Assert.Equal(2, only.GetProperty("customers").GetInt32());
        Assert.Single(only.GetProperty("warmSeconds").EnumerateArray());
    }

    [Fact]
    public void Bench_without_a_file_or_a_warehouse_is_a_usage_error()
    {
        var run = CliProcess.Run("bench", "intervals");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--cdnow", run.Stderr);
        Assert.Equal("", run.Stdout);
    }
}
