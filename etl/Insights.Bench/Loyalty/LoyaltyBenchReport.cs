using System.Globalization;
using Insights.Bench.Pages;

namespace Insights.Bench.Loyalty;

/// <summary>What `bench loyalty` measured: where, how hard, the marts' rebuild time, the load average, and per-view latencies.</summary>
sealed record LoyaltyBenchReport(string Warehouse, int Clients, int Cores, double? MartRebuildSeconds, double WarmUpSeconds,
    int WarmedViews, string? LoadAverageAtStart, string? LoadAverageAtEnd, IReadOnlyList<PageFigures> Views)
{
    /// <summary>Prints the figures as a table.</summary>
    public void Write(TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine($"warehouse {Warehouse}; {Clients} clients; {Cores} cores; load average start {LoadAverageAtStart}, end {LoadAverageAtEnd}");
        output.WriteLine(MartRebuildSeconds is { } s ? string.Create(inv, $"loyalty marts rebuilt in {s} s") : "loyalty marts not rebuilt (--skip-marts)");
        output.WriteLine(string.Create(inv, $"warm-up of single-filter views (what the site does after each load): {WarmedViews} views in {WarmUpSeconds} s"));
        output.WriteLine($"{"phase",-14} {"view",-10} {"requests",8} {"errors",6} {"p50 ms",9} {"p95 ms",9} {"max ms",9}");
        foreach (var v in Views)
            output.WriteLine(string.Create(inv, $"{v.Phase,-14} {v.View,-10} {v.Requests,8} {v.Errors,6} {v.P50,9:0.0} {v.P95,9:0.0} {v.Max,9:0.0}"));
    }
}
