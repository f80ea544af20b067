using Insights.Etl;

namespace Insights.Cli.Bench;

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
            : meter.Finish("incremental", "our incremental load of the 1% change");
    }
}
