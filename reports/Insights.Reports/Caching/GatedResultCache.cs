using System.Text.Json;
using Insights.Reports.Limits;
using Microsoft.Extensions.Caching.Hybrid;

namespace Insights.Reports.Caching;

/// <summary>
/// Results of gated computations by warehouse state and key (see <see cref="ResultCache"/>): the first request of a key computes
/// it behind its kind's <see cref="ComputeGate"/>, requests for the same key meanwhile wait for that result, and later ones read
/// it until a load commits a new state, without taking a place at the gate. A load's commit is the only thing that changes these
/// results, so while a load runs the pages already asked for are read from here, not computed beside the load.
/// </summary>
public class GatedResultCache(HybridCache cache, string name, WarehouseState state, ComputeGate gate) : ResultCache(cache, name)
{
    /// <summary>A small read (a filter's choices) kept per state like the views, without a gate.</summary>
    public T Get<T>(string key, Func<T> read) where T : notnull => GetOrAdd(state.Current, key, read);

    /// <summary>The small read <paramref name="key"/> at the current state if it is kept (as <see cref="Get{T}(string, Func{T})"/> keeps it), else null.</summary>
    public T? Peek<T>(string key) where T : class => Peek<T>(state.Current, key);

    /// <summary>The result of <paramref name="key"/> (the view and its filter) at the current state, read by <paramref name="read"/> if missing.</summary>
    public T Get<T>(ComputeKind kind, string key, Func<CancellationToken, T> read, CancellationToken ct) where T : notnull =>
        GetOrAdd(state.Current, $"{kind}|{key}", token => gate.Run(kind, token, read), ct);

    /// <summary>The result of <paramref name="key"/> at the current state if it is kept (as <see cref="Get{T}(ComputeKind, string, Func{CancellationToken, T}, CancellationToken)"/> keeps it), else null.</summary>
    public T? Peek<T>(ComputeKind kind, string key) where T : class => Peek<T>(state.Current, $"{kind}|{key}");

    /// <summary>
    /// The result of <paramref name="filter"/> (keyed by its JSON: every property the filter binds) at the current state,
    /// computed by <paramref name="read"/> behind the gate of <paramref name="kind"/> if missing, and kept only when
    /// <paramref name="keep"/> says so: a result of a million rules is returned once and not held for the rest of the state.
    /// </summary>
    public T Get<TFilter, T>(ComputeKind kind, TFilter filter, Func<CancellationToken, T> read, Func<T, bool> keep, CancellationToken ct)
        where T : notnull
    {
        var at = state.Current;
        var key = $"{kind}|{JsonSerializer.Serialize(filter)}";
        var result = GetOrAdd(at, key, token => gate.Run(kind, token, read), ct);
        if (!keep(result)) Forget(at, key);
        return result;
    }

    /// <summary>Results up to this many rows are kept (a few MB each); larger ones are computed again when asked for.</summary>
    public const int MaxKeptRows = 50_000;
}
