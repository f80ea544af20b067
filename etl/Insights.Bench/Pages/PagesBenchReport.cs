using System.Globalization;

namespace Insights.Bench.Pages;

/// <summary>What `bench pages` measured: where, how hard, the load average, per-view latencies per phase, and each kind of failed request.</summary>
sealed record PagesBenchReport(string Warehouse, string Report, int Clients, int Cores, int Urls, int WarmedViews, double WarmUpSeconds,
    string? LoadAverageAtStart,
    string? LoadAverageAtEnd, IReadOnlyList<PageFigures> Views, LoadPhaseFigures? DuringLoad, long PeakBytes,
    IReadOnlyList<PhaseCpu>? Cpu = null, IReadOnlyList<PageFailureCount>? Failures = null, IReadOnlyList<SlowView>? SlowFirstViews = null)
{
    /// <summary>Prints the figures as a table.</summary>
    public void Write(TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine($"warehouse {Warehouse}; report {Report}; {Urls} URLs; {Clients} clients; {Cores} cores; load average start {LoadAverageAtStart}, end {LoadAverageAtEnd}");
        output.WriteLine(string.Create(inv, $"warm-up after a load (the site does it in the background): {WarmedViews} default views in {WarmUpSeconds} s"));
        output.WriteLine($"{"phase",-11} {"view",-24} {"requests",8} {"errors",6} {"p50 ms",9} {"p95 ms",9} {"max ms",9}");
        foreach (var v in Views.Where(v => v.Phase != "warm-up"))
            output.WriteLine(string.Create(inv, $"{v.Phase,-11} {v.View,-24} {v.Requests,8} {v.Errors,6} {v.P50,9:0.0} {v.P95,9:0.0} {v.Max,9:0.0}"));
        foreach (var s in SlowFirstViews ?? [])
            output.WriteLine(string.Create(inv, $"first view over {PageLoad.SlowFirstViewMs:0} ms: {s.View} {s.Ms:0.0} ms ({s.Path})"));
        if (DuringLoad is { } load)
        {
            output.WriteLine(string.Create(inv, $"full load in the site: {load.Seconds} s, {(load.Failure is null ? string.Join(", ", load.Runs) : "FAILED: " + load.Failure)}; " +
                $"failed requests meanwhile {Views.Where(v => v.Phase == "during load").Sum(v => v.Errors)}; " +
                $"peak memory before it {load.PeakBytesBefore / 1048576.0:0} MiB, after it {load.PeakBytes / 1048576.0:0} MiB"));
        }
        // each kind of failure named, so a failed request says which page, with which status, and why
        foreach (var f in Failures ?? [])
            output.WriteLine(string.Create(inv, $"failed: {f.Phase}; {f.View}; status {(f.Status is { } status ? status.ToString(inv) : "none")}; {f.Count} x {f.Why} (e.g. {f.ExamplePath})"));
        foreach (var phase in Cpu ?? [])
            output.WriteLine(string.Create(inv, $"process CPU in the {phase.Phase} phase (site and clients, every core): {phase.CpuSeconds:0.0} s for {phase.Requests} requests, {phase.MillisecondsPerRequest:0.00} ms a request"));
        output.WriteLine(string.Create(inv, $"peak memory of the process (site, clients{(DuringLoad is null ? "" : ", load")}): {PeakBytes / 1048576.0:0} MiB"));
    }
}
