using System.Diagnostics;
using Insights.Reports.Analytics;

namespace Insights.Bench.CrossSell;

/// <summary>Median, fastest and slowest of several warm runs, in milliseconds.</summary>
public sealed record TimingSummary(double MedianMs, double MinMs, double MaxMs)
{
    /// <summary>Summarises the samples.</summary>
    public static TimingSummary Of(IReadOnlyList<double> samples)
    {
        var sorted = samples.Order().ToArray();
        var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        return new TimingSummary(median, sorted[0], sorted[^1]);
    }
}

/// <summary>Groceries mined in process: the file's baskets, then warm runs of FP-growth plus rule generation.</summary>
/// <remarks>
/// <see cref="CpuMsPerRun"/> is the process's CPU time over the timed runs divided by their number: on a shared machine a run's
/// wall time includes waiting for a core, its CPU time does not.
/// </remarks>
public sealed record GroceriesResult(int Baskets, int Items, decimal MinSupport, decimal MinConfidence, int Itemsets, int Rules, int Warmups,
    int Runs, TimingSummary Mining, TimingSummary RuleGeneration, TimingSummary Total, double CpuMsPerRun);

/// <summary>Times FP-growth and rule generation on Groceries (the file read once, outside the timing).</summary>
static class GroceriesTiming
{
    public static GroceriesResult Run(string file, decimal minSupport, decimal minConfidence, int warmups, int runs)
    {
        var baskets = Baskets.FromNames(File.ReadLines(file).Where(l => l.Length > 0).Select(l => l.Split(',').Select(i => i.Trim())));
        var minCount = SupportThreshold.MinCount(minSupport, baskets.Count);
        var mining = new List<double>();
        var ruling = new List<double>();
        var total = new List<double>();
        (int Itemsets, int Rules) found = default;
        var cpu = TimeSpan.Zero;
        for (var i = 0; i < warmups + runs; i++)
        {
            if (i == warmups) cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var itemsets = FpGrowth.Mine(baskets, minCount);
            var mined = clock.Elapsed.TotalMilliseconds;
            var rules = AssociationRules.Generate(itemsets, minConfidence);
            var all = clock.Elapsed.TotalMilliseconds;
            found = (itemsets.Itemsets.Count, rules.Count);
            if (i < warmups) continue;
            mining.Add(mined);
            ruling.Add(all - mined);
            total.Add(all);
        }
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return new GroceriesResult(baskets.Count, baskets.ItemNames.Count, minSupport, minConfidence, found.Itemsets, found.Rules, warmups, runs,
            TimingSummary.Of(mining), TimingSummary.Of(ruling), TimingSummary.Of(total), cpu.TotalMilliseconds / runs);
    }
}
