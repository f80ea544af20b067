using System.Text.RegularExpressions;

namespace Insights.Tests.Bench.Segments;

/// <summary>`insights bench segments` on the eight-customer segments world: it builds the segment marts and previews every segment and condition.</summary>
public sealed class SegmentsBenchCommandTests
{
    [Fact]
    public void Bench_builds_the_marts_and_previews_every_segment_and_condition_without_a_refusal()
    {
        using var world = new SegmentsWorld();
        var path = world.Host.Folder.File("warehouse.duckdb");
        world.Host.Dispose();

        var result = CliProcess.Run("bench", "segments", "--warehouse", path, "--clients", "2", "--seconds", "1");

        Assert.True(result.ExitCode == 0, result.Stderr + result.Stdout);
        Assert.Contains("segment marts built in", result.Stdout);
        // the nine six-condition segments, each with its member count and a cold time, then their summary
        Assert.Equal(9, Regex.Matches(result.Stdout, @"^  \S.*\s[\d,]+ customers  cold\s+[\d.]+ ms$", RegexOptions.Multiline).Count);
        Assert.Contains("cold (one at a time): n 9,", result.Stdout);
        Assert.Contains("everyone (no condition", result.Stdout);
        Assert.True(Regex.Matches(result.Stdout, @"^  warm median\s+[\d.]+ ms  ", RegexOptions.Multiline).Count >= 20, result.Stdout);
        Assert.Matches(@"repeated \(2 clients, 1 s, [\d.]+/s, 0 refused busy\): n [1-9]", result.Stdout);
    }
}
