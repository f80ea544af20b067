using System.Text.Json;
using DuckDB.NET.Data;
using Insights.Reports.Caching;
using Insights.Reports.Limits;
using Insights.Warehouse;

namespace Insights.Reports.Pages.CrossSell.Sequences;

/// <summary>
/// Customers who first bought A (with the whole window observed and without B by then): how many bought B for the first time
/// within N days, the rate, B's baseline rate over N days from a customer's first order, and their ratio.
/// </summary>
public sealed record SequenceRow(string ItemA, string ItemB, long Customers, long Followed, double Rate, double? BaselineRate, double? Lift)
{
    /// <summary>CSV column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } = ["item_a", "item_b", "customers", "followed", "rate", "baseline_rate", "lift"];

    /// <summary>The CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() => [ItemA, ItemB, Customers, Followed, Rate, BaselineRate, Lift];
}

/// <summary>The pairs, best lift first, with the parameters used.</summary>
public sealed record SequencesResult(string Level, int Days, int MinCustomers, IReadOnlyList<SequenceRow> Rows)
{
    readonly int? _pairs;

    /// <summary>How many pairs pass the filter: <see cref="Rows"/>' count, unless they are only the first of them (<see cref="Top"/>).</summary>
    public int Pairs { get => _pairs ?? Rows.Count; private init => _pairs = value; }

    /// <summary>The first <paramref name="limit"/> pairs: the page's table.</summary>
    public IReadOnlyList<SequenceRow> Shown(int limit) => [.. Rows.Take(limit)];

    /// <summary>This result with only its first <paramref name="limit"/> pairs, still counting all of them in <see cref="Pairs"/>.</summary>
    public SequencesResult Top(int limit) => Rows.Count <= limit ? this : this with { Rows = Shown(limit), Pairs = Rows.Count };
}

/// <summary>
/// Sequential cross-sell ("bought A, then B within N days") from the warehouse's completed orders. Each customer's first day
/// of each item is read and the pairs are counted in .NET (<see cref="SequenceCounts"/>): for a view without a period from the
/// first days the load packs per customer (sequence_mart_firsts.sql, once built), else grouped from the period's purchases
/// (sequence_firsts.sql); a level of more than <see cref="SequenceCounts.MaxItems"/> items is counted by sequences.sql's join
/// instead. All three give the same rows (SequencesPathsTests).
/// </summary>
public sealed class SequencesQuery(DuckDbWarehouse warehouse, AnalyticsCache cache, WarehouseState state)
{
    /// <summary>The first days kept for other windows and floors (one read per level) hold at most this many customer-item rows
    /// (6 bytes each: about 96 MB; SF10's category level has about 5 M, its product level about 15 M; a wider read is read again
    /// for each view instead).</summary>
    public const int MaxKeptRows = 16_000_000;

    static readonly string Sql = SqlResource.Load<SequencesQuery>("sequences.sql");
    static readonly string ItemsSql = SqlResource.Load<SequencesQuery>("sequence_items.sql");
    static readonly string FirstsSql = SqlResource.Load<SequencesQuery>("sequence_firsts.sql");
    static readonly string MartStateSql = SqlResource.Load<SequencesQuery>("sequence_mart_state.sql");
    static readonly string MartItemsSql = SqlResource.Load<SequencesQuery>("sequence_mart_items.sql");
    static readonly string MartFirstsSql = SqlResource.Load<SequencesQuery>("sequence_mart_firsts.sql");

    /// <summary><see cref="Run"/> for the page. DuckDB.NET reads synchronously, so this runs on the caller's
    /// thread, behind the sequences gate (<see cref="ComputeGate"/>); the token stops the statement.</summary>
    public Task<SequencesResult> RunAsync(SequencesFilter filter, CancellationToken ct) => Task.FromResult(Run(filter, ct));

    /// <summary>
    /// The page's pairs: <see cref="Run"/>'s result when it is small enough to keep, else its first <c>Limit</c> pairs with the
    /// count of all, kept per state under the page's own key. A view of too many pairs to keep (SF10's product level over 90 days:
    /// 160 k) was counted again for every request (1.8 s each); the whole list is counted again only for its CSV.
    /// </summary>
    public Task<SequencesResult> RunPageAsync(SequencesFilter filter, CancellationToken ct)
    {
        var key = "sequences-page|" + JsonSerializer.Serialize(filter);
        if (cache.Peek<SequencesResult>(key) is { } kept) return Task.FromResult(kept);
        var result = Run(filter, ct);
        return Task.FromResult(result.Rows.Count <= GatedResultCache.MaxKeptRows ? result : cache.Get(key, () => result.Top(filter.Limit)));
    }

    /// <summary>Every pair passing the filter.</summary>
    public SequencesResult Run(SequencesFilter filter, CancellationToken ct = default) =>
        cache.Get(ComputeKind.Sequences, filter, token => Read(filter, token), r => r.Rows.Count <= GatedResultCache.MaxKeptRows, ct);

    // The latest first days read of each level (category, product): another window, floor or item of the same level, segment
    // and period counts from them instead of reading the days again (the bench's "days=7" after the default view; at SF10's
    // product level the read is 1.0 s of a 1.7-s view). The warm-up fills the product level's whole history after each load.
    sealed record KeptFirsts(string Key, IReadOnlyList<string> Items, SequenceCounts Counts);
    readonly KeptFirsts?[] _kept = new KeptFirsts?[2];
    int _firstDaysReads;

    /// <summary>How many times the first days were read from the warehouse (not from the kept ones): for the tests.</summary>
    public int FirstDaysReads => Volatile.Read(ref _firstDaysReads);

    /// <summary>Reads and keeps the first days of <paramref name="filter"/>'s level, segment and period without counting a
    /// window (the warm-up, after a load), so the first view of any window counts from them; true when they are kept.</summary>
    public bool KeepFirsts(SequencesFilter filter, CancellationToken ct = default) => FirstDays(filter, ct) is { Kept: true };

    SequencesResult Read(SequencesFilter filter, CancellationToken ct)
    {
        if (FirstDays(filter, ct) is { } firsts) return Counted(filter, firsts.Items, firsts.Counts, ct);
        using var connection = warehouse.OpenConnection();
        return Joined(connection, filter, ct);   // a level wider than SequenceCounts counts
    }

    // the first days of the filter's level, segment and period: the kept ones when they are of this state, else read (and kept
    // when small enough); null for a level too wide to count in .NET
    (IReadOnlyList<string> Items, SequenceCounts Counts, bool Kept)? FirstDays(SequencesFilter filter, CancellationToken ct)
    {
        var key = FirstsKey(state.Current, filter);   // before the snapshot: the days are at least as new as the key says
        ref var slot = ref _kept[filter.IsCategoryLevel ? 0 : 1];
        if (Volatile.Read(ref slot) is { } kept && kept.Key == key) return (kept.Items, kept.Counts, true);
        Interlocked.Increment(ref _firstDaysReads);
        using var connection = warehouse.OpenConnection();
        using var snapshot = connection.BeginTransaction();   // read-only: the item list and the days from one committed state
        List<string> items;
        SequenceCounts counts;
        if (ReadsFromLoad(connection, filter))
        {
            items = MartItems(connection, filter, ct);
            counts = MartFirsts(connection, filter, items.Count, ct).Trimmed();
        }
        else
        {
            items = Items(connection, filter, ct);
            if (items.Count > SequenceCounts.MaxItems) return null;
            counts = Firsts(connection, filter, items.Count, ct).Trimmed();
        }
        if (counts.Rows > MaxKeptRows) return (items, counts, false);
        Volatile.Write(ref slot, new KeptFirsts(key, items, counts));
        return (items, counts, true);
    }

    static string FirstsKey(long state, SequencesFilter filter) =>
        string.Join('|', state, Level(filter), filter.Segment?.Trim(), filter.AppliedSegment?.Key, filter.From, filter.To);

    /// <summary>The pairs counted in .NET from each customer's first days (the path <see cref="Run"/> takes up to
    /// <see cref="SequenceCounts.MaxItems"/> items), uncached.</summary>
    public SequencesResult ReadCounted(SequencesFilter filter, CancellationToken ct = default)
    {
        using var connection = warehouse.OpenConnection();
        using var snapshot = connection.BeginTransaction();
        var items = Items(connection, filter, ct);
        return Counted(filter, items, Firsts(connection, filter, items.Count, ct), ct);
    }

    /// <summary>The pairs counted in .NET from the first days the load packs (the path <see cref="Run"/> takes for a view without
    /// a period once they are built), uncached; throws when they are not built for the filter's level.</summary>
    public SequencesResult ReadKept(SequencesFilter filter, CancellationToken ct = default)
    {
        using var connection = warehouse.OpenConnection();
        using var snapshot = connection.BeginTransaction();
        if (!IsKeptBuilt(connection, filter)) throw new InvalidOperationException("The packed first days of this level are not built.");
        var items = MartItems(connection, filter, ct);
        return Counted(filter, items, MartFirsts(connection, filter, items.Count, ct), ct);
    }

    /// <summary>Whether a view of <paramref name="filter"/> reads the first days the load packs (false: it groups the purchases).</summary>
    public bool ReadsFromLoad(SequencesFilter filter)
    {
        using var connection = warehouse.OpenConnection();
        return ReadsFromLoad(connection, filter);
    }

    // the packed days are the whole history's: a period's first days are its own, grouped from its purchases
    static bool ReadsFromLoad(DuckDBConnection connection, SequencesFilter filter) =>
        filter.From is null && filter.To is null && IsKeptBuilt(connection, filter);

    static bool IsKeptBuilt(DuckDBConnection connection, SequencesFilter filter) =>
        connection.ExecuteScalar<bool>(MartStateSql, ("level", Level(filter)), ("max_items", SequenceCounts.MaxItems));

    // the kept item ids (mart_sequence_item) in id order, as the packed first days number them
    static List<string> MartItems(DuckDBConnection connection, SequencesFilter filter, CancellationToken ct) =>
        ItemNames(connection, MartItemsSql, filter, ct);

    static SequenceCounts MartFirsts(DuckDBConnection connection, SequencesFilter filter, int items, CancellationToken ct)
    {
        var counts = new SequenceCounts(items);
        using var command = connection.CreateCommand(MartFirstsSql, ("level", Level(filter)),
            ("segment", string.IsNullOrWhiteSpace(filter.Segment) ? null : filter.Segment), Segments.Scope.SegmentScope.ParameterOf(filter));
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        var packed = new PackedFirstDays();
        while (reader.Read())
        {
            using var stream = reader.GetStream(2);
            packed.Add(counts, reader.GetInt32(0), reader.GetInt32(1), stream);
        }
        return counts;
    }

    /// <summary>The pairs joined in SQL (sequences.sql: the path of a wider level), uncached.</summary>
    public SequencesResult ReadJoined(SequencesFilter filter, CancellationToken ct = default)
    {
        using var connection = warehouse.OpenConnection();
        return Joined(connection, filter, ct);
    }

    static List<string> Items(DuckDBConnection connection, SequencesFilter filter, CancellationToken ct) =>
        ItemNames(connection, ItemsSql, filter, ct);

    static List<string> ItemNames(DuckDBConnection connection, string sql, SequencesFilter filter, CancellationToken ct)
    {
        using var command = connection.CreateCommand(sql, ("level", Level(filter)));
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        var items = new List<string>();
        while (reader.Read()) items.Add(reader.GetString(0));
        return items;
    }

    static SequenceCounts Firsts(DuckDBConnection connection, SequencesFilter filter, int items, CancellationToken ct)
    {
        var counts = new SequenceCounts(items);
        using var command = connection.CreateCommand(FirstsSql, Parameters(filter, withWindow: false));
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            counts.Add(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
        return counts;
    }

    static SequencesResult Counted(SequencesFilter filter, IReadOnlyList<string> items, SequenceCounts counts, CancellationToken ct)
    {
        var rows = new List<SequenceRow>();
        foreach (var pair in counts.Pairs(Days(filter), MinCustomers(filter), ct))
        {
            var rate = (double)pair.Followed / pair.Customers;
            double? baseline = pair.BaselinePopulation == 0 ? null : (double)pair.BaselineFollowed / pair.BaselinePopulation;
            double? lift = baseline is null or 0 ? null : rate / baseline.Value;
            var row = new SequenceRow(items[pair.ItemA], items[pair.ItemB], pair.Customers, pair.Followed, rate, baseline, lift);
            if (Wanted(filter, row)) rows.Add(row);
        }
        rows.Sort(SqlOrder);
        return Result(filter, rows);
    }

    static SequencesResult Joined(DuckDBConnection connection, SequencesFilter filter, CancellationToken ct)
    {
        using var command = connection.CreateCommand(Sql, Parameters(filter, withWindow: true));
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        var rows = new List<SequenceRow>();
        while (reader.Read())
        {
            var row = new SequenceRow(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetDouble(4),
                reader.IsDBNull(5) ? null : reader.GetDouble(5), reader.IsDBNull(6) ? null : reader.GetDouble(6));
            if (Wanted(filter, row)) rows.Add(row);
        }
        return Result(filter, rows);
    }

    /// <summary>sequences.sql's order: lift descending (none last), followers descending, then the items (ordinal, as
    /// DuckDB compares text).</summary>
    static int SqlOrder(SequenceRow x, SequenceRow y)
    {
        var byLift = (x.Lift, y.Lift) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            var (l, r) => r!.Value.CompareTo(l!.Value),
        };
        if (byLift != 0) return byLift;
        var byFollowed = y.Followed.CompareTo(x.Followed);
        if (byFollowed != 0) return byFollowed;
        var byA = string.CompareOrdinal(x.ItemA, y.ItemA);
        return byA != 0 ? byA : string.CompareOrdinal(x.ItemB, y.ItemB);
    }

    static (string Name, object? Value)[] Parameters(SequencesFilter filter, bool withWindow)
    {
        (string, object?)[] common =
        [
            ("level", Level(filter)),
            ("segment", string.IsNullOrWhiteSpace(filter.Segment) ? null : filter.Segment), Segments.Scope.SegmentScope.ParameterOf(filter),
            ("from", filter.From?.ToDateTime(TimeOnly.MinValue)), ("to", filter.To?.ToDateTime(TimeOnly.MinValue)),
        ];
        return withWindow ? [.. common, ("days", Days(filter)), ("min_customers", MinCustomers(filter))] : common;
    }

    static bool Wanted(SequencesFilter filter, SequenceRow row) =>
        string.IsNullOrWhiteSpace(filter.Item) || string.Equals(row.ItemA, filter.Item.Trim(), StringComparison.OrdinalIgnoreCase);

    static SequencesResult Result(SequencesFilter filter, List<SequenceRow> rows) =>
        new(Level(filter), Days(filter), MinCustomers(filter), rows);

    static string Level(SequencesFilter filter) => filter.IsCategoryLevel ? "category" : "product";

    static int Days(SequencesFilter filter) => Math.Clamp(filter.Days, 1, 3650);

    static int MinCustomers(SequencesFilter filter) => Math.Max(1, filter.MinCustomers);
}
