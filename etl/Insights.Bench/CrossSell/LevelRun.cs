using System.Diagnostics;
using Insights.Reports.Analytics;
using Insights.Reports.Pages.CrossSell;

namespace Insights.Bench.CrossSell;

/// <summary>One level mined from a warehouse in its own process: sizes, the time of each step (first and second run) and peak memory.</summary>
public sealed record LevelResult(string Level, decimal MinSupport, decimal MinConfidence, int Baskets, int DistinctBaskets, int Items,
    int MinCount, int Itemsets, int Rules, double ReadSeconds, double MiningSeconds, double RulesSeconds, double SecondReadSeconds,
    double SecondMiningSeconds, double SecondRulesSeconds, double PeakMegabytes);

/// <summary>Reads the warehouse's baskets at one level and mines them twice (the second run is warm).</summary>
static class LevelRun
{
    public static LevelResult Run(BasketQuery query, string level, decimal minSupport, decimal minConfidence)
    {
        var first = Once(query, level, minSupport, minConfidence);
        var second = Once(query, level, minSupport, minConfidence);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return first with
        {
            SecondReadSeconds = second.ReadSeconds, SecondMiningSeconds = second.MiningSeconds, SecondRulesSeconds = second.RulesSeconds,
            PeakMegabytes = self.PeakWorkingSet64 / 1024.0 / 1024.0,
        };
    }

    static LevelResult Once(BasketQuery query, string level, decimal minSupport, decimal minConfidence)
    {
        var clock = Stopwatch.StartNew();
        var loaded = query.Load(new BasketFilter { Level = level });
        var read = clock.Elapsed.TotalSeconds;
        var itemsets = FpGrowth.Mine(loaded.Baskets, SupportThreshold.MinCount(minSupport, Math.Max(1, loaded.Baskets.Count)));
        var mined = clock.Elapsed.TotalSeconds;
        var rules = AssociationRules.Generate(itemsets, minConfidence);
        var all = clock.Elapsed.TotalSeconds;
        return new LevelResult(level, minSupport, minConfidence, loaded.Baskets.Count, loaded.Baskets.ItemSets.Count, loaded.Items.Count,
            itemsets.MinCount, itemsets.Itemsets.Count, rules.Count, read, mined - read, all - mined, 0, 0, 0, 0);
    }
}
