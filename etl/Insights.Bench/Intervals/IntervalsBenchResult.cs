namespace Insights.Bench.Intervals;

/// <summary>
/// One measured case of `bench intervals`: wall seconds of each run (the first is cold), the median of the warm ones, and the
/// median CPU seconds of the warm runs (the process's user + system time: on a shared machine, wall time includes waiting for a core).
/// </summary>
sealed record IntervalsBenchCase(string Name, long Customers, long Groups, double ReadSeconds, double FirstSeconds,
    IReadOnlyList<double> WarmSeconds, double WarmMedianSeconds, double WarmCpuMedianSeconds, string Parameters, bool Trusted, double Target);

/// <summary>What `bench intervals` measured, with the load average at its start and end (the machine is shared).</summary>
sealed record IntervalsBenchResult(string LoadAverageAtStart, string LoadAverageAtEnd, int ProcessorCount, IReadOnlyList<IntervalsBenchCase> Cases);
