namespace Insights.Bench;

/// <summary>A ratio between two measurements, and what it compares.</summary>
/// <param name="Phase">The phase the ratio belongs to.</param>
/// <param name="Part">The part, or null for the whole phase.</param>
/// <param name="Value">The ratio.</param>
/// <param name="Meaning">What is divided by what.</param>
sealed record BenchRatio(string Phase, string? Part, double Value, string Meaning);

/// <summary>One of the targets, and whether this run met it.</summary>
/// <param name="Target">The target as the issue states it.</param>
/// <param name="Measured">The figure it is judged on.</param>
/// <param name="Met">True when the figure meets the target.</param>
sealed record BenchTarget(string Target, string Measured, bool Met);

/// <summary>Everything one bench run measured.</summary>
/// <param name="Scale">Scale factor (1 = 100,000 customers).</param>
/// <param name="ProcessorCount">Logical processors the runtime saw.</param>
/// <param name="StartedAt">When the run started (UTC).</param>
/// <param name="Phases">The phases in the order they ran.</param>
/// <param name="Ratios">The ratios the targets are judged on, and a few more.</param>
/// <param name="Targets">The targets.</param>
/// <param name="MemoryMeasuredAs">How the peak memory figures were taken.</param>
/// <param name="LoadAverage">The machine's load averages at the start and at the end (/proc/loadavg), or null where there is none.</param>
sealed record BenchReport(double Scale, int ProcessorCount, DateTime StartedAt, IReadOnlyList<BenchPhase> Phases,
    IReadOnlyList<BenchRatio> Ratios, IReadOnlyList<BenchTarget> Targets, string MemoryMeasuredAs, string? LoadAverage)
{
    const double GiB = 1024.0 * 1024 * 1024;

    /// <summary>
    /// Computes the ratios and judges the targets (issue 22's restated ETL targets) from the measured phases; the fixed change's
    /// target needs <paramref name="against"/>, the report of a run at a smaller scale.
    /// </summary>
    public static BenchReport Create(double scale, DateTime startedAt, string? loadAverageAtStart, IReadOnlyList<BenchPhase> phases,
        BenchReport? against = null)
    {
        BenchPhase Phase(string name) => phases.Single(p => p.Name == name);
        var (baseline, native, full, incremental) = (Phase("baseline"), Phase("native"), Phase("full"), Phase("incremental"));
        var warm = Phase("warm");
        var warmShare = warm.Seconds / full.Seconds;
        var operational = Etl.SourceNames.Operational;
        var throughput = full.Part(operational).RowsPerSecond / baseline.RowsPerSecond;
        var incrementalShare = incremental.Seconds / full.Seconds;
        // the load's first step alone (extract, land, quarantine, append to raw): what the baseline's work corresponds to
        var landSeconds = full.Part(operational).StepSeconds?.GetValueOrDefault(Etl.EtlSteps.Land) ?? 0;
        var landThroughput = landSeconds > 0 ? full.Part(operational).Rows / landSeconds / baseline.RowsPerSecond : 0;
        var fixedLoad = Phase("fixed");
        var peak = new[] { full, incremental, warm, fixedLoad }.Max(p => p.PeakWorkingSetBytes);
        var fullTimes = full.Part(operational).Seconds / baseline.Seconds;
        var smallerFixed = against?.Phases.FirstOrDefault(p => p.Name == "fixed");
        BenchRatio[] ratios =
        [
            new("full", operational, throughput, "rows/s of our operational load ÷ rows/s of the COPY baseline"),
            new("full", operational + " land step", landThroughput,
                "rows/s of the operational load's land step alone (extract, land, quarantine, append to raw; no models, " +
                "checks or commit) ÷ rows/s of the COPY baseline: the \"extract and land\" target"),
            new("full", null, full.RowsPerSecond / native.RowsPerSecond, "rows/s of our whole load ÷ rows/s of the native DuckDB load"),
            new("incremental", operational, incremental.Part(operational).Seconds / full.Part(operational).Seconds,
                "seconds of the incremental operational load ÷ seconds of the full one"),
            new("incremental", null, incrementalShare, "seconds of the incremental load ÷ seconds of the full load"),
            new("warm", operational, warm.Part(operational).Seconds / full.Part(operational).Seconds,
                "seconds of the warm incremental operational load ÷ seconds of the full one"),
            new("warm", null, warmShare, "seconds of the warm incremental load ÷ seconds of the full load"),
            new("fixed", null, fixedLoad.Seconds / full.Seconds, "seconds of the fixed change's load ÷ seconds of the full load"),
        ];
        if (smallerFixed is not null)
            ratios = [.. ratios, new("fixed", "against", fixedLoad.Seconds / smallerFixed.Seconds,
                Invariant($"seconds of the fixed change's load ÷ the same at scale {against!.Scale}"))];
        // issue 22's restated targets: the step that does the baseline's work, the whole load against the baseline's time, a
        // fixed change's cost against a smaller warehouse's, and memory
        BenchTarget[] targets =
        [
            new("extract and land ≥ 70% of the baseline throughput", Invariant($"{landThroughput * 100:F0}% of the baseline"), landThroughput >= 0.70),
            new("the whole full load (operational source) ≤ 3× the baseline's time", Invariant($"{fullTimes:F1}× the baseline's time"), fullTimes <= 3),
            smallerFixed is null
                ? new("the fixed change's load ≤ 1.5× the same at a smaller scale", "not judged: run with --against <a smaller scale's --json report>", false)
                : new("the fixed change's load ≤ 1.5× the same at a smaller scale",
                    Invariant($"{fixedLoad.Seconds:F2} s here, {smallerFixed.Seconds:F2} s at scale {against!.Scale}: {fixedLoad.Seconds / smallerFixed.Seconds:F2}×"),
                    fixedLoad.Seconds <= 1.5 * smallerFixed.Seconds),
            new("peak memory of a load ≤ 1.5 GiB", Invariant($"{peak / GiB:F2} GiB"), peak <= 1.5 * GiB),
        ];
        return new BenchReport(scale, Environment.ProcessorCount, startedAt, phases, ratios, targets,
            "peak resident set (Process.PeakWorkingSet64, VmHWM) of the child process that ran the phase, read at the end of " +
            "each part; generate and change ran in the parent process",
            loadAverageAtStart is null ? null : $"start {loadAverageAtStart}, end {ReadLoadAverage()}");
    }

    /// <summary>
    /// The 1, 5 and 15 minute load averages, or null off Linux: timings taken while other work shares the cores are not
    /// comparable, and the report should say so.
    /// </summary>
    public static string? ReadLoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;

    static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
