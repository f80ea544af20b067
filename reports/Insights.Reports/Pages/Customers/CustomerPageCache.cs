using Insights.Reports.Caching;
using Insights.Warehouse;
using Microsoft.Extensions.Caching.Memory;

namespace Insights.Reports.Pages.Customers;

/// <summary>
/// The customer pages' reads kept in memory by warehouse state: a profile or a search asked again (the staff member paging the
/// timeline, the search-as-you-type script sending the same text twice, a colleague on the same customer) is answered without
/// DuckDB until the warehouse changes. The state is the latest ETL run (<see cref="WarehouseState"/>, as the other reports'
/// caches) and this process's commit count: the after-load scores step commits without a new run, and its figures must show
/// at once. What is kept is read before any reader's view or clock applies (no masking, no SLA state): the callers apply them
/// per request. Bounded by entry count (a million customers must not fill the memory): the oldest unused go first.
/// </summary>
public sealed class CustomerPageCache(DuckDbWarehouse warehouse, WarehouseState state) : IDisposable
{
    /// <summary>
    /// The most reads kept: a profile holds at most a timeline page per kind (about 5–50 kB at SF10), so a few thousand stay
    /// within tens of MB.
    /// </summary>
    public const int Entries = 4096;

    /// <summary>An entry not read for this long goes (entries of an older state are never read again).</summary>
    static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = Entries, CompactionPercentage = 0.25 });

    /// <summary>
    /// The warehouse's state now, for <see cref="GetOrAdd{T}(string, string, Func{T})"/>: read once per request, before its reads
    /// (reading it opens a connection once a second, which a caller holding one must not wait for).
    /// </summary>
    public string State()
    {
        // the commit count first: a commit after it gives the next request a new key, whatever this one reads
        var commits = warehouse.Gate.Commits;
        return $"{state.Current}|{commits}";
    }

    /// <summary>The kept value of <paramref name="key"/> at <paramref name="state"/> (<see cref="State"/>), or <paramref name="read"/>'s (kept).</summary>
    public T GetOrAdd<T>(string state, string key, Func<T> read)
    {
        var full = state + "|" + key;
        if (_entries.TryGetValue(full, out Box<T>? kept) && kept is not null) return kept.Value;
        var value = read();
        _entries.Set(full, new Box<T>(value), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Idle });
        return value;
    }

    /// <inheritdoc />
    public void Dispose() => _entries.Dispose();

    // a value of any type, null included (an unknown customer id is an answer too)
    sealed record Box<T>(T Value);
}
