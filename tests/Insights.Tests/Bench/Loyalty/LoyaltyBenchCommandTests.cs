
namespace Insights.Tests.Bench.Loyalty;

/// <summary>`insights bench loyalty` on the seven-customer world: it rebuilds the marts, serves the pages and measures every view.</summary>
public sealed class LoyaltyBenchCommandTests
{
    [Fact]
    public void Bench_measures_every_view_in_every_phase_without_errors()
    {
        using var world = new LoyaltyWorld();
        var path = world.Host.Folder.File("warehouse.duckdb");
        world.Host.Dispose();

        var result = CliProcess.Run("bench", "loyalty", "--warehouse", path, "--clients", "4", "--seconds", "1");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("loyalty marts rebuilt in", result.Stdout);
        var rows = result.Stdout.Split('\n').Where(l => l.StartsWith("cold ") || l.StartsWith("warmed") || l.StartsWith("repeated")).ToList();
        foreach (var view in new[] { "rfm", "migration", "cohorts", "price", "service" })
            foreach (var phase in new[] { "cold default", "cold filtered", "repeated" })
                Assert.Contains(rows, r => r.StartsWith(phase) && r[15..].StartsWith(view));
        Assert.Contains(rows, r => r.StartsWith("cold lists") && r[15..].StartsWith("list"));
        Assert.Contains(rows, r => r.StartsWith("warmed filter") && r[15..].StartsWith("service"));
        Assert.Contains("warm-up of single-filter views", result.Stdout);
        Assert.Contains(rows, r => r.StartsWith("repeated") && r[15..].StartsWith("list"));
        Assert.Contains(rows, r => r.StartsWith("repeated") && r[15..].StartsWith("chart"));
        // errors column: the fourth number of each row
        Assert.All(rows, r => Assert.Equal("0", r[15..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[2]));
    }
}
