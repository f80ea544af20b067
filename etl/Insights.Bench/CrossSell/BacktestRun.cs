using System.Diagnostics;
using Insights.Reports.Pages.CrossSell.Offers;

namespace Insights.Bench.CrossSell;

/// <summary>
/// One level's offers backtest (issue 19's "the backtest at SF1 ≤ 30 s in a benchmark") in its own process: the wall time the
/// report's own query takes with its default cutoff, the top-1 and top-3 hit rates against popularity (so a faster run that got
/// worse shows), and the process's peak memory.
/// </summary>
public sealed record BacktestBenchResult(string Level, DateOnly Cutoff, int Horizon, int Customers, double Seconds, double PeakMegabytes,
    IReadOnlyList<BacktestLine> Lines);

static class BacktestRun
{
    public static BacktestBenchResult Run(OffersBacktest backtest, string level, int horizon)
    {
        var clock = Stopwatch.StartNew();
        var result = backtest.Run(new OffersFilter { Level = level, Horizon = horizon });
        var seconds = clock.Elapsed.TotalSeconds;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return new BacktestBenchResult(level, result.Cutoff, result.Horizon, result.Customers, seconds, self.PeakWorkingSet64 / 1024.0 / 1024.0,
            result.Lines);
    }
}
