namespace Insights.Cli.Bench.Intervals;

/// <summary>One measured case of `bench intervals`: seconds of each run (the first is cold), and the median of the warm ones.</summary>
sealed record IntervalsBenchCase(string Name, long Customers, long Groups, double ReadSeconds, double FirstSeconds,
    IReadOnlyList<double> WarmSeconds, double WarmMedianSeconds, string Parameters, bool Trusted, double Target);

/// <summary>What `bench intervals` measured, with the load average at its start and end (the machine is shared).</summary>
sealed record IntervalsBenchResult(string LoadAverageAtStart, string LoadAverageAtEnd, int ProcessorCount, IReadOnlyList<IntervalsBenchCase> Cases);
