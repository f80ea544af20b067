using System.ComponentModel;
using Insights.Warehouse;
using Microsoft.Extensions.Caching.Hybrid;

namespace Insights.Reports.Caching;

/// <summary>
/// A report's results by (warehouse state, key) in the process's <see cref="HybridCache"/>: the warehouse changes only when a load
/// commits, so the state (the latest ETL run id) is part of every key and a newer state drops the older state's entries (one
/// tag per state). HybridCache computes a key once for concurrent requests (the others wait for that result), keeps no failure,
/// and stores the result object itself (no copy per read: every cached type is wrapped in an immutable box).
/// </summary>
public class ResultCache(HybridCache cache, string name)
{
    // long enough for the warm-up to stay useful between loads (a newer state removes the entries sooner); in this process
    // only: the results are objects for this process's pages, never serialised for a second level
    static readonly HybridCacheEntryOptions Entry = new()
    {
        Expiration = TimeSpan.FromHours(24), LocalCacheExpiration = TimeSpan.FromHours(24),
        Flags = HybridCacheEntryFlags.DisableDistributedCache | HybridCacheEntryFlags.DisableCompression,
    };

    long _state = long.MinValue;
    long _computed;

    /// <summary>Results computed since the process started (a cache hit adds nothing): how the warm-up and its tests see its work.</summary>
    public long Computed => Interlocked.Read(ref _computed);

    /// <summary>The cached value of <paramref name="key"/> at <paramref name="state"/>, computed by <paramref name="compute"/> if missing.</summary>
    public T GetOrAdd<T>(long state, string key, Func<T> compute) where T : notnull => GetOrAdd(state, key, _ => compute(), CancellationToken.None);

    /// <summary><see cref="GetOrAddAsync{T}"/>, waited for (DuckDB.NET reads synchronously, so the callers are synchronous too).</summary>
    public T GetOrAdd<T>(long state, string key, Func<CancellationToken, T> compute, CancellationToken ct) where T : notnull
    {
        var pending = GetOrAddAsync(state, key, compute, ct);
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>
    /// The cached value of <paramref name="key"/> at <paramref name="state"/>; <paramref name="compute"/> runs if it is missing,
    /// with a token cancelled only when every caller waiting for it has given up.
    /// </summary>
    public async ValueTask<T> GetOrAddAsync<T>(long state, string key, Func<CancellationToken, T> compute, CancellationToken ct)
        where T : notnull
    {
        var seen = Interlocked.Read(ref _state);
        // run ids only grow: the first caller to see a newer state drops the older one's entries
        if (state > seen && Interlocked.CompareExchange(ref _state, state, seen) == seen && seen != long.MinValue)
            await cache.RemoveByTagAsync(Tag(seen), ct);
        // the factory runs off this flow (a thread-pool work item): it reads within the caller's read scope and under the
        // caller's compute budget (a page's, or the background one of a warm-up), as the caller would
        var box = await cache.GetOrCreateAsync($"{name}|{state}|{key}",
            (Compute: compute, Owner: this, Scope: DuckDbWarehouse.CurrentScope, Budget: Limits.ComputeGate.FlowBudget),
            static (s, token) =>
            {
                T value;
                using (DuckDbWarehouse.JoinScope(s.Scope))
                using (Limits.ComputeGate.JoinBudget(s.Budget))
                    value = s.Compute(token);
                Interlocked.Increment(ref s.Owner._computed);
                return ValueTask.FromResult(new Box<T>(value));
            },
            Entry, [Tag(state)], ct);
        return box.Value;
    }

    // a look-up that never computes: HybridCache returns the default (no box) when the key is missing
    static readonly HybridCacheEntryOptions PeekEntry = new()
    {
        Flags = HybridCacheEntryFlags.DisableDistributedCache | HybridCacheEntryFlags.DisableCompression
            | HybridCacheEntryFlags.DisableUnderlyingData | HybridCacheEntryFlags.DisableLocalCacheWrite,
    };

    /// <summary>The value of <paramref name="key"/> at <paramref name="state"/> if it is kept, else null; never computes it.</summary>
    public T? Peek<T>(long state, string key) where T : class
    {
        var pending = cache.GetOrCreateAsync<Box<T>?>($"{name}|{state}|{key}", static _ => ValueTask.FromResult<Box<T>?>(null), PeekEntry);
        var box = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        return box?.Value;
    }

    /// <summary>Drops the value of <paramref name="key"/> at <paramref name="state"/> (one too large to keep).</summary>
    public void Forget(long state, string key) => cache.RemoveAsync($"{name}|{state}|{key}").AsTask().GetAwaiter().GetResult();

    string Tag(long state) => $"{name}-state-" + state.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="type"/> is the box every result is kept in (ResultSerializerFactory writes no bytes for it).</summary>
    internal static bool IsBox(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Box<>);

    // HybridCache keeps the object itself only for a sealed type marked immutable; any other type it serialises and copies per read
    [ImmutableObject(true)]
    sealed record Box<T>(T Value);
}
