using System.Text.RegularExpressions;

namespace Insights.Tests.Bench.Pages;

/// <summary>`insights bench pages --report customers` on the customer 360 world: first views, then repeated views, no error.</summary>
public sealed class PagesBenchCommandTests
{
    [Fact]
    public void Bench_measures_the_customer_pages_first_and_repeated_without_an_error()
    {
        using var world = new CustomerWorld();
        var path = world.Host.Folder.File("warehouse.duckdb");
        world.Host.Dispose();

        var result = CliProcess.Run("bench", "pages", "--report", "customers", "--warehouse", path, "--clients", "2", "--seconds", "1");

        Assert.True(result.ExitCode == 0, result.Stderr + result.Stdout);
        // phase, view, requests, errors, p50, p95, max: every row has requests and no error
        var rows = Regex.Matches(result.Stdout, @"^(first view|repeated)\s+(.+?)\s+(\d+)\s+(\d+)\s+[\d.]+\s+[\d.]+\s+[\d.]+$", RegexOptions.Multiline);
        Assert.Contains(rows, r => r.Groups[1].Value == "first view" && r.Groups[2].Value == "profile");
        Assert.Contains(rows, r => r.Groups[1].Value == "repeated" && r.Groups[2].Value == "profile");
        Assert.Contains(rows, r => r.Groups[2].Value.StartsWith("search", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.True(int.Parse(r.Groups[3].Value) > 0 && r.Groups[4].Value == "0", r.Value));
        Assert.Contains("peak memory of the process", result.Stdout);
    }

    [Fact]
    public void Bench_times_every_csv_download_to_its_first_byte_without_an_error()
    {
        using var world = new CustomerWorld();
        var path = world.Host.Folder.File("warehouse.duckdb");
        world.Host.Dispose();

        var result = CliProcess.Run("bench", "pages", "--report", "downloads", "--warehouse", path, "--clients", "2", "--seconds", "1");

        Assert.True(result.ExitCode == 0, result.Stderr + result.Stdout);
        var rows = Regex.Matches(result.Stdout, @"^(first view|repeated)\s+(csv .+?)\s+(\d+)\s+(\d+)\s+[\d.]+\s+[\d.]+\s+[\d.]+$", RegexOptions.Multiline);
        // every download first timed to its first byte, then looped over whole
        Assert.Contains(rows, r => r.Groups[1].Value == "first view" && r.Groups[2].Value == "csv cross-sell offers (first byte)");
        Assert.Contains(rows, r => r.Groups[1].Value == "first view" && r.Groups[2].Value == "csv service complaints backlog (first byte)");
        Assert.Contains(rows, r => r.Groups[1].Value == "repeated" && r.Groups[2].Value == "csv loyalty customers");
        // every download but the intervals ones, which this world's dates refuse (too short for the default hold-out)
        Assert.Equal(28, rows.Count(r => r.Groups[1].Value == "first view"));
        Assert.All(rows, r => Assert.True(int.Parse(r.Groups[3].Value) > 0 && r.Groups[4].Value == "0", r.Value));
    }
}
