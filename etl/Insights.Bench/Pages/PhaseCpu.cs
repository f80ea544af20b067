using System.Diagnostics;

namespace Insights.Bench.Pages;

/// <summary>
/// The process's CPU time over one phase of `bench pages` (the site and its clients share the process, so it is an upper
/// bound on the site's CPU a request): beside the latencies, it tells work from waiting on a shared machine.
/// </summary>
sealed record PhaseCpu(string Phase, int Requests, double CpuSeconds)
{
    /// <summary>CPU milliseconds a request (all cores).</summary>
    public double MillisecondsPerRequest => Requests == 0 ? 0 : CpuSeconds * 1000 / Requests;

    /// <summary>Starts measuring a phase.</summary>
    public static Meter Start()
    {
        using var process = Process.GetCurrentProcess();
        return new Meter(process.TotalProcessorTime);
    }

    /// <summary>The CPU time since <see cref="Start"/>.</summary>
    public sealed class Meter(TimeSpan start)
    {
        /// <summary>Ends the phase <paramref name="phase"/> of <paramref name="requests"/> requests.</summary>
        public PhaseCpu End(string phase, int requests)
        {
            using var process = Process.GetCurrentProcess();
            return new PhaseCpu(phase, requests, (process.TotalProcessorTime - start).TotalSeconds);
        }
    }
}
