using Insights.Reports.Caching;
using Insights.Reports.Limits;
using Microsoft.Extensions.Caching.Hybrid;

namespace Insights.Reports.Pages.Service;

/// <summary>
/// The service views' results by warehouse state and filter (see <see cref="ResultCache"/>): the first request of a filter
/// computes it behind the view's <see cref="ComputeGate"/>, requests for the same filter meanwhile wait for that result, and
/// later ones read it until a load commits a new state.
/// </summary>
public sealed class ServiceCache(HybridCache cache, WarehouseState state, ComputeGate gate) : ResultCache(cache, "service")
{
    /// <summary>A small read (the filters' choices) kept per state like the views, without a gate.</summary>
    public T Get<T>(string key, Func<T> read) where T : notnull => GetOrAdd(state.Current, key, read);

    /// <summary>The result of <paramref name="key"/> (the view and its filter) at the current state, read by <paramref name="read"/> if missing.</summary>
    public T Get<T>(ComputeKind kind, string key, Func<CancellationToken, T> read, CancellationToken ct) where T : notnull =>
        GetOrAdd(state.Current, $"{kind}|{key}", token => gate.Run(kind, token, read), ct);
}
