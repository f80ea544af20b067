using DuckDB.NET.Data;
using Insights.Reports.Caching;
using Insights.Reports.Limits;
using Insights.Reports.Pages.Segments.Scope;
using Insights.Warehouse;

namespace Insights.Reports.Pages.CrossSell.Opportunities;

/// <summary>Two products often bought together that no bundle covers, sized by orders, customers and the pair's revenue.</summary>
public sealed record UnbundledPair(string ProductA, string ProductB, long Orders, long Customers, double NetAmount, double Lift)
{
    /// <summary>CSV column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } = ["product_a", "product_b", "orders", "customers", "net_amount", "lift"];

    /// <summary>The CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() => [ProductA, ProductB, Orders, Customers, NetAmount, Lift];
}

/// <summary>A category pair whose share of orders grew from the earlier to the later half of the period.</summary>
public sealed record RisingPair(string CategoryA, string CategoryB, long EarlyOrders, long LateOrders, double? EarlyShare, double? LateShare,
    double? Growth, long Customers, double NetAmount)
{
    /// <summary>CSV column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["category_a", "category_b", "early_orders", "late_orders", "early_share", "late_share", "growth", "customers", "net_amount"];

    /// <summary>The CSV cells (growth empty when the pair is new in the later half).</summary>
    public IReadOnlyList<object?> CsvCells() => [CategoryA, CategoryB, EarlyOrders, LateOrders, EarlyShare, LateShare, Growth, Customers, NetAmount];
}

/// <summary>What complaints and returns say about a product category, and the customers and revenue at stake.</summary>
public sealed record ComplaintSignal(string Category, long Complaints, long Returns, long Customers, double NetAmount,
    string ComplaintCategories, string Phrases, string ReturnReasons)
{
    /// <summary>CSV column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["category", "complaints", "returns", "customers", "net_amount", "complaint_categories", "phrases", "return_reasons"];

    /// <summary>The CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() => [Category, Complaints, Returns, Customers, NetAmount, ComplaintCategories, Phrases, ReturnReasons];
}

/// <summary>The three lists of opportunities for product teams.</summary>
public sealed record OpportunitiesResult(IReadOnlyList<UnbundledPair> Pairs, IReadOnlyList<RisingPair> Rising, IReadOnlyList<ComplaintSignal> Signals)
{
    /// <summary>True when all three lists were read from the lists the load keeps (mart_opportunity_*), none computed.</summary>
    public bool FromLoad { get; init; }

    /// <summary>True when the pairs of this view were summed from the load's pairs per day (a view with a period or below the
    /// kept floor, for everyone: mart_opportunity_pair_day, migration 0070), not computed from the order lines.</summary>
    public bool PairsFromDays { get; init; }

    /// <summary>True when the rising pairs of this view (a period, for everyone) were summed from the load's category pairs per
    /// day and the orders' category masks, not computed from each order's categories.</summary>
    public bool RisingFromDays { get; init; }

    /// <summary>True when the signals of this view were summed from the affected customers' orders and the complaints' words the
    /// load keeps (mart_opportunity_signal_order, mart_complaint_signal_word: migration 0075), not from every order and text.</summary>
    public bool SignalsFromKept { get; init; }

    /// <summary>Where each list of this view came from, in one sentence for the page.</summary>
    public string HowRead => FromLoad ? "Read from the lists the latest load keeps."
        : "For this view: pairs " + (PairsFromDays ? "summed from the pairs per day the latest load keeps" : "computed from the order lines")
          + "; rising pairs " + (RisingFromDays ? "summed from the category pairs per day and the order masks it keeps" : "computed from each order's categories")
          + "; unmet needs " + (SignalsFromKept ? "summed from the complainers' orders and the complaint words it keeps." : "computed from the orders and the complaint texts.");

    /// <summary>The category with the most revenue at stake (the signals come most first; null without any).</summary>
    public ComplaintSignal? TopSignal => Signals.Count == 0 ? null : Signals[0];
}

/// <summary>
/// New-offering opportunities: unbundled co-bought pairs, rising category pairs, complaint and return signals. A list of the
/// whole history for everyone (no period, no saved segment; for the pairs, at least <see cref="KeptMinOrders"/> orders) is
/// read from what the load keeps (mart_opportunity_pair, _rising, _signal: migration 0038) once it has built them; the pairs and
/// rising pairs of any other view for everyone are summed from the load's pairs per day (migrations 0038, 0056, 0070); any other
/// list is computed from the order lines, behind the opportunities gate.
/// </summary>
public sealed class OpportunitiesQuery(DuckDbWarehouse warehouse, AnalyticsCache cache)
{
    /// <summary>The load keeps the pairs with at least this many orders (Models/marts/mart_opportunity_pair.sql's floor).</summary>
    public const int KeptMinOrders = 10;

    static readonly string PairsSql = SqlResource.Load<OpportunitiesQuery>("unbundled_pairs.sql");
    static readonly string RisingSql = SqlResource.Load<OpportunitiesQuery>("rising_pairs.sql");
    static readonly string SignalsSql = SqlResource.Load<OpportunitiesQuery>("complaint_signals.sql");
    static readonly string StateSql = SqlResource.Load<OpportunitiesQuery>("opportunity_mart_state.sql");
    static readonly string KeptPairsSql = SqlResource.Load<OpportunitiesQuery>("opportunity_mart_pairs.sql");
    static readonly string KeptRisingSql = SqlResource.Load<OpportunitiesQuery>("opportunity_mart_rising.sql");
    static readonly string KeptSignalsSql = SqlResource.Load<OpportunitiesQuery>("opportunity_mart_signals.sql");
    static readonly string DayStateSql = SqlResource.Load<OpportunitiesQuery>("opportunity_day_state.sql");
    static readonly string DayPairsSql = SqlResource.Load<OpportunitiesQuery>("opportunity_day_pairs.sql");
    static readonly string DayRisingSql = SqlResource.Load<OpportunitiesQuery>("opportunity_day_rising.sql");

    /// <summary><see cref="Run"/> for the page. DuckDB.NET reads synchronously, so this runs on the caller's
    /// thread; see <see cref="Run"/> for the gate.</summary>
    public Task<OpportunitiesResult> RunAsync(OpportunitiesFilter filter, CancellationToken ct) => Task.FromResult(Run(filter, ct));

    /// <summary>
    /// All three lists, from one committed state (a load that commits between two of them must not mix its numbers in). The
    /// lists the load keeps are read without the gate (a few hundred rows); when one must be computed, each computed list scans
    /// every order line of the period (20 M at SF10): with 20 visitors at once during a full load, DuckDB ran out of its memory
    /// limit at SF1, so the reads run behind the opportunities gate (<see cref="ComputeGate"/>), and the token stops them.
    /// </summary>
    public OpportunitiesResult Run(OpportunitiesFilter filter, CancellationToken ct = default)
    {
        // the kept lists are kept here too (per state, no gate): the same result object for every request of the view, so its
        // chart is drawn once (ChartPicture.Kept), not per request
        if (WholeHistory(filter) && filter.MinOrders >= KeptMinOrders
            && cache.Get($"opportunities-kept|{System.Text.Json.JsonSerializer.Serialize(filter)}", () => ReadKept(filter)) is { FromLoad: true } kept)
            return kept;
        return cache.Get(ComputeKind.Opportunities, filter, token =>
        {
            using var connection = warehouse.OpenConnection();
            using var snapshot = connection.BeginTransaction();   // read-only: one snapshot for the three reads
            return new OpportunitiesResult(Pairs(connection, filter, token), Rising(connection, filter, token),
                Signals(connection, filter, token))
                {
                    PairsFromDays = PairsReadFromDays(connection, filter), RisingFromDays = RisingReadFromDays(connection, filter),
                    SignalsFromKept = DayState(connection).SignalsKept,
                };
        }, r => r.Pairs.Count + r.Rising.Count + r.Signals.Count <= GatedResultCache.MaxKeptRows, ct);
    }

    // the three lists the load keeps (a few hundred rows), or an empty result not FromLoad while the load has not built them
    OpportunitiesResult ReadKept(OpportunitiesFilter filter)
    {
        using var connection = warehouse.OpenConnection();
        using var snapshot = connection.BeginTransaction();   // read-only: one snapshot for the state and the three reads
        return IsBuilt(connection)
            ? new OpportunitiesResult(KeptPairs(connection, filter, CancellationToken.None), KeptRising(connection, filter, CancellationToken.None),
                KeptSignals(connection, CancellationToken.None)) { FromLoad = true }
            : new OpportunitiesResult([], [], []);
    }

    /// <summary>Co-bought product pairs without a bundle, most orders first, read by the statement <paramref name="path"/>
    /// names (the tests compare them; the kept list is <see cref="OpportunitiesPath.Fastest"/>'s for a view it answers).</summary>
    public IReadOnlyList<UnbundledPair> Pairs(OpportunitiesFilter filter, OpportunitiesPath path = OpportunitiesPath.Fastest)
    {
        using var connection = warehouse.OpenConnection();
        return path switch
        {
            OpportunitiesPath.Days => Read(connection, DayPairsSql, DayPairsParameters(connection, filter), CancellationToken.None, MapPair),
            OpportunitiesPath.Lines => Read(connection, PairsSql, Parameters(filter, withSize: true), CancellationToken.None, MapPair),
            _ => Pairs(connection, filter, CancellationToken.None),
        };
    }

    /// <summary>Category pairs by growth of their share of orders, fastest first (new pairs first of all), read by the
    /// statement <paramref name="path"/> names (<see cref="OpportunitiesPath.Days"/>: opportunity_day_rising.sql, everyone;
    /// <see cref="OpportunitiesPath.Lines"/>: rising_pairs.sql, each order's categories).</summary>
    public IReadOnlyList<RisingPair> Rising(OpportunitiesFilter filter, OpportunitiesPath path = OpportunitiesPath.Fastest)
    {
        using var connection = warehouse.OpenConnection();
        return path switch
        {
            OpportunitiesPath.Days => Read(connection, DayRisingSql, Parameters(filter, withSize: true), CancellationToken.None, MapRising),
            OpportunitiesPath.Lines => Read(connection, RisingSql, Parameters(filter, withSize: true), CancellationToken.None, MapRising),
            _ => Rising(connection, filter, CancellationToken.None),
        };
    }

    /// <summary>Complaint and return signals per product category, most revenue at stake first.</summary>
    public IReadOnlyList<ComplaintSignal> Signals(OpportunitiesFilter filter)
    {
        using var connection = warehouse.OpenConnection();
        return Signals(connection, filter, CancellationToken.None);
    }

    /// <summary>Whether the list of <paramref name="kind"/> (pairs, rising, complaints) for <paramref name="filter"/> is read
    /// from what the load keeps (false: computed, or the load has not built it yet).</summary>
    public bool ReadsFromLoad(OpportunitiesFilter filter, string kind)
    {
        if (!WholeHistory(filter) || (kind == "pairs" && filter.MinOrders < KeptMinOrders)) return false;
        using var connection = warehouse.OpenConnection();
        return IsBuilt(connection);
    }

    static bool WholeHistory(OpportunitiesFilter filter) =>
        filter.From is null && filter.To is null && Everyone(filter);

    static bool Everyone(OpportunitiesFilter filter) => filter.SegmentId is null && filter.AppliedSegment is null;

    // the pairs of a view the kept list does not answer, for everyone, once the load has built the pairs per day
    static bool PairsReadFromDays(DuckDBConnection connection, OpportunitiesFilter filter) =>
        !(WholeHistory(filter) && filter.MinOrders >= KeptMinOrders && IsBuilt(connection))
        && Everyone(filter) && DayState(connection).Pairs;

    // the rising pairs of a view the kept list does not answer (a period), for everyone, once the load has built what they sum
    static bool RisingReadFromDays(DuckDBConnection connection, OpportunitiesFilter filter) =>
        !(WholeHistory(filter) && IsBuilt(connection)) && Everyone(filter) && DayState(connection).Rising;

    static (bool Pairs, bool Rising, bool PairsByMonth, bool SignalsKept) DayState(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand(DayStateSql);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetBoolean(0), reader.GetBoolean(1), reader.GetBoolean(2), reader.GetBoolean(3));
    }

    // the pairs per day's parameters: the view's, and whether the whole months are read from the month table (migration 0073)
    static List<(string, object?)> DayPairsParameters(DuckDBConnection connection, OpportunitiesFilter filter) =>
        [.. Parameters(filter, withSize: true), ("by_month", DayState(connection).PairsByMonth)];

    static bool IsBuilt(DuckDBConnection connection) => connection.ExecuteScalar<bool>(StateSql);

    static List<UnbundledPair> Pairs(DuckDBConnection connection, OpportunitiesFilter filter, CancellationToken ct) =>
        WholeHistory(filter) && filter.MinOrders >= KeptMinOrders && IsBuilt(connection)
            ? KeptPairs(connection, filter, ct)
            : PairsReadFromDays(connection, filter)
                ? Read(connection, DayPairsSql, DayPairsParameters(connection, filter), ct, MapPair)
                : Read(connection, PairsSql, Parameters(filter, withSize: true), ct, MapPair);

    static List<RisingPair> Rising(DuckDBConnection connection, OpportunitiesFilter filter, CancellationToken ct) =>
        WholeHistory(filter) && IsBuilt(connection)
            ? KeptRising(connection, filter, ct)
            : Read(connection, RisingReadFromDays(connection, filter) ? DayRisingSql : RisingSql, Parameters(filter, withSize: true), ct, MapRising);

    static List<ComplaintSignal> Signals(DuckDBConnection connection, OpportunitiesFilter filter, CancellationToken ct) =>
        WholeHistory(filter) && IsBuilt(connection)
            ? KeptSignals(connection, ct)
            : Read(connection, SignalsSql, [.. Parameters(filter, withSize: false), ("kept", DayState(connection).SignalsKept)], ct, MapSignal);

    static List<UnbundledPair> KeptPairs(DuckDBConnection connection, OpportunitiesFilter filter, CancellationToken ct) =>
        Read(connection, KeptPairsSql, SizeParameters(filter), ct, MapPair);

    static List<RisingPair> KeptRising(DuckDBConnection connection, OpportunitiesFilter filter, CancellationToken ct) =>
        Read(connection, KeptRisingSql, SizeParameters(filter), ct, MapRising);

    static List<ComplaintSignal> KeptSignals(DuckDBConnection connection, CancellationToken ct) =>
        Read(connection, KeptSignalsSql, [], ct, MapSignal);

    static UnbundledPair MapPair(System.Data.Common.DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3), r.GetDouble(4), r.GetDouble(5));

    static RisingPair MapRising(System.Data.Common.DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3), NullableDouble(r, 4), NullableDouble(r, 5),
            NullableDouble(r, 6), r.GetInt64(7), r.GetDouble(8));

    static ComplaintSignal MapSignal(System.Data.Common.DbDataReader r) =>
        new(r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetDouble(4), r.GetString(5), r.GetString(6), r.GetString(7));

    static List<(string, object?)> SizeParameters(OpportunitiesFilter filter) =>
        [("min_orders", Math.Max(1, filter.MinOrders)), ("limit", Math.Clamp(filter.Limit, 1, 10_000))];

    static List<(string, object?)> Parameters(OpportunitiesFilter filter, bool withSize)
    {
        List<(string, object?)> parameters = [("from", filter.From?.ToDateTime(TimeOnly.MinValue)), ("to", filter.To?.ToDateTime(TimeOnly.MinValue)),
            SegmentScope.ParameterOf(filter)];
        if (withSize) parameters.AddRange(SizeParameters(filter));
        return parameters;
    }

    static List<T> Read<T>(DuckDBConnection connection, string sql, List<(string, object?)> parameters, CancellationToken ct,
        Func<System.Data.Common.DbDataReader, T> map)
    {
        using var command = connection.CreateCommand(sql, [.. parameters]);
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }

    static double? NullableDouble(System.Data.Common.DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);
}

/// <summary>Which statement <see cref="OpportunitiesQuery.Pairs(OpportunitiesFilter, OpportunitiesPath)"/> and
/// <see cref="OpportunitiesQuery.Rising(OpportunitiesFilter, OpportunitiesPath)"/> run: the fastest the load allows, or one forced (the tests).</summary>
public enum OpportunitiesPath
{
    /// <summary>The kept list for a view it answers, else the pairs per day for everyone once built, else the order lines.</summary>
    Fastest,

    /// <summary>opportunity_day_pairs.sql / opportunity_day_rising.sql: sums of the load's pairs per day (everyone: they ignore
    /// a saved segment).</summary>
    Days,

    /// <summary>unbundled_pairs.sql / rising_pairs.sql: the period's completed order lines joined to themselves, each order's
    /// categories joined to themselves.</summary>
    Lines,
}
