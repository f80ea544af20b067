using Insights.Etl;

namespace Insights.Bench;

/// <summary>Our load, exactly as `etl run` does it: every source in turn, each in its own transaction; one part per source.</summary>
sealed class WarehouseLoad(EtlRunner runner)
{
    /// <summary>
    /// Loads every source (what <see cref="EtlRunner.RunAll"/> does, one source at a time so each is timed), re-reading
    /// everything when <paramref name="full"/>.
    /// </summary>
    public BenchPhase Run(bool full, CancellationToken cancellationToken)
    {
        var meter = new PhaseMeter();
        foreach (var (source, index) in SourceNames.All.Where(runner.Sources.Contains).Select((s, i) => (s, i)))
        {
            meter.StartPart();
            var result = runner.Run(source, "bench", cancellationToken, full, rebuildModels: full && index == 0);
            meter.EndPart(source, result.Counts.Read, result.Steps.ToDictionary(s => s.Step, s => s.Elapsed.TotalSeconds));
            meter.Note(FormattableString.Invariant($"{source}: ") +
                       string.Join(", ", result.Steps.Select(s => FormattableString.Invariant($"{s.Step} {s.Elapsed.TotalSeconds:F2} s"))));
            if (result.Counts.Rejected > 0) meter.Note($"{source}: {result.Counts.Rejected} rows quarantined");
            if (result.FailedChecks.Count > 0) meter.Note($"{source}: data checks failed: {string.Join(", ", result.FailedChecks)}");
        }
        return full
            ? meter.Finish("full", "our full load (PostgreSQL + files), fresh warehouse")
            : meter.Finish("incremental", "our incremental load of the 1% change, in a fresh process");
    }

    /// <summary>
    /// A full load (not measured), then "ready" on stdout, then, once a line arrives on stdin (the change is made), the
    /// incremental load in this same, now warm, process: what the site's Hangfire job does between two scheduled runs.
    /// </summary>
    public BenchPhase RunWarm(CancellationToken cancellationToken)
    {
        var first = Run(full: true, cancellationToken);
        Console.WriteLine(PhaseProcess.WarmReady);
        Console.Out.Flush();
        if (Console.ReadLine() is null) throw new InvalidOperationException("The bench went away before the change was made.");
        var second = Run(full: false, cancellationToken);
        return second with
        {
            Name = "warm",
            Title = "our incremental load of the 1% change, in the warm process that made its own full load before",
            Notes = [.. second.Notes, FormattableString.Invariant($"its own full load before the change took {first.Seconds:F2} s")],
        };
    }
}
