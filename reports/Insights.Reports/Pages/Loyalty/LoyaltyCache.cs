using System.Collections.Concurrent;

namespace Insights.Reports.Pages.Loyalty;

/// <summary>
/// Results by (view, filter, selection), valid for one warehouse state: the warehouse changes only when a load commits, so
/// a new ETL run id empties the cache. Concurrent requests for one key compute it once (the others wait for that result).
/// </summary>
public sealed class LoyaltyCache
{
    /// <summary>Entries kept before the cache starts over (each a small aggregate, a rendered chart or a page of at most a few hundred customers; full exports are not cached).</summary>
    public const int MaxEntries = 2000;

    readonly ConcurrentDictionary<string, Lazy<object>> _entries = new();
    long _runId = long.MinValue;
    readonly Lock _gate = new();

    /// <summary>Entries held now (computed or being computed).</summary>
    public int Count => _entries.Count;

    /// <summary>The cached value of <paramref name="key"/> at <paramref name="runId"/>, computed by <paramref name="compute"/> if missing.</summary>
    public T GetOrAdd<T>(long runId, string key, Func<T> compute) where T : notnull
    {
        lock (_gate)
        {
            if (runId != _runId || _entries.Count >= MaxEntries)
            {
                _entries.Clear();
                _runId = runId;
            }
        }
        var entry = _entries.GetOrAdd(key, _ => new Lazy<object>(() => compute(), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return (T)entry.Value;
        }
        catch
        {
            _entries.TryRemove(new KeyValuePair<string, Lazy<object>>(key, entry));   // a failure is not cached
            throw;
        }
    }
}
