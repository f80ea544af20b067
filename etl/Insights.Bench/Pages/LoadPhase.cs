using System.Diagnostics;
using Insights.Etl;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Bench.Pages;

/// <summary>What the "during load" phase measured: the full load's outcome and time, and the site's peak memory meanwhile.</summary>
sealed record LoadPhaseFigures(double Seconds, IReadOnlyList<string> Runs, string? Failure, long PeakBytesBefore, long PeakBytes);

/// <summary>
/// The page bench's last phase (`--load-sources DIR`): the clients loop over the same pages while the site runs a full load of
/// the source files in DIR, as an admin's "Load now (full)" would, after-load steps and warm-ups included. Issue 22 asks that
/// no request fails meanwhile and that the site's peak memory stays within 2 GiB.
/// </summary>
static class LoadPhase
{
    /// <summary>Runs the load beside the clients; the figures, and the latencies of the requests made while it ran.</summary>
    public static async Task<(LoadPhaseFigures Load, IReadOnlyList<PageFigures> Views)> RunAsync(IServiceProvider services, PageLoad load,
        IReadOnlyList<PageRequest> requests, int clients)
    {
        var peakBefore = PhaseMeter.PeakWorkingSet();
        var watch = Stopwatch.StartNew();
        var runner = services.GetRequiredService<EtlRunner>();
        var work = Task.Run(() => runner.RunAll("bench", CancellationToken.None, full: true));
        var views = await load.LoopUntilAsync("during load", requests, clients, work);
        string? failure = null;
        IReadOnlyList<string> runs = [];
        try
        {
            runs = [.. (await work).Select(r => $"{r.Source} {r.Status}")];
        }
        catch (Exception e)   // a failed load is a result of the phase, printed, not a crash of the bench
        {
            failure = e.Message;
        }
        return (new LoadPhaseFigures(Math.Round(watch.Elapsed.TotalSeconds, 1), runs, failure, peakBefore, PhaseMeter.PeakWorkingSet()), views);
    }
}
