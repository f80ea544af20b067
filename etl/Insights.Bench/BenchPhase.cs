namespace Insights.Bench;

/// <summary>One measured phase of a bench run: what it moved, how long it took, and what it cost in memory.</summary>
/// <param name="Name">Phase name (generate, baseline, native, full, change, incremental).</param>
/// <param name="Title">What the phase measures, for the printed table.</param>
/// <param name="Rows">Rows the phase moved (read from its source).</param>
/// <param name="Seconds">Wall time of the work itself (process start and host start excluded).</param>
/// <param name="PeakWorkingSetBytes">Peak resident memory of the process that ran the phase, by the end of the phase.</param>
/// <param name="AllocatedBytes">Bytes the .NET GC allocated during the phase (native DuckDB memory is not in it).</param>
/// <param name="Parts">The phase per table or per source.</param>
/// <param name="Notes">Anything worth knowing about the run (failed data checks, quarantined rows).</param>
sealed record BenchPhase(string Name, string Title, long Rows, double Seconds, long PeakWorkingSetBytes, long AllocatedBytes,
    IReadOnlyList<BenchPart> Parts, IReadOnlyList<string> Notes)
{
    /// <summary>Rows per second (0 when nothing was timed).</summary>
    public double RowsPerSecond => Seconds > 0 ? Rows / Seconds : 0;

    /// <summary>The part named <paramref name="name"/>.</summary>
    public BenchPart Part(string name) => Parts.Single(p => p.Name == name);
}

/// <summary>One table or source of a phase.</summary>
/// <param name="Name">Table or source name.</param>
/// <param name="Rows">Rows read.</param>
/// <param name="Seconds">Wall time.</param>
/// <param name="PeakWorkingSetBytes">Peak resident memory of the phase's process by the end of this part.</param>
/// <param name="StepSeconds">For a load, the seconds of each of its steps (see EtlSteps); empty otherwise.</param>
sealed record BenchPart(string Name, long Rows, double Seconds, long PeakWorkingSetBytes, IReadOnlyDictionary<string, double>? StepSeconds = null)
{
    /// <summary>Rows per second (0 when nothing was timed).</summary>
    public double RowsPerSecond => Seconds > 0 ? Rows / Seconds : 0;
}
