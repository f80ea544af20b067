using System.Collections.Concurrent;

namespace Insights.Etl;

/// <summary>What a running load is doing right now (one entry per running load).</summary>
public sealed record EtlProgressEntry(long RunId, string Source, string Phase, DateTimeOffset PhaseStartedAt);

/// <summary>
/// The phase each running load is in (landing, each model, checks), kept in memory for the runs page and the CLI. A load is
/// one transaction, so nothing of it is visible in the warehouse until it commits; this is how a watcher sees it move.
/// </summary>
public sealed class EtlProgress(TimeProvider clock)
{
    readonly ConcurrentDictionary<long, EtlProgressEntry> _running = new();

    /// <summary>Raised on every phase change (from the loading thread).</summary>
    public event Action<EtlProgressEntry>? Changed;

    /// <summary>The loads running now.</summary>
    public IReadOnlyList<EtlProgressEntry> Running => _running.Values.OrderBy(e => e.RunId).ToList();

    /// <summary>Records that <paramref name="runId"/> entered <paramref name="phase"/>.</summary>
    public void Report(long runId, string source, string phase)
    {
        var entry = new EtlProgressEntry(runId, source, phase, clock.GetUtcNow());
        _running[runId] = entry;
        Changed?.Invoke(entry);
    }

    /// <summary>Forgets a load that ended (committed or rolled back).</summary>
    public void Finish(long runId) => _running.TryRemove(runId, out _);
}
