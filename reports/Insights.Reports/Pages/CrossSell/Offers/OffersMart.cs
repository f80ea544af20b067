using System.Globalization;
using DuckDB.NET.Data;
using Insights.Reports.Export;
using Insights.Reports.Limits;
using Insights.Reports.Pages.Customers.Scores;
using Insights.Reports.Pages.Segments.Scope;
using Insights.Warehouse;

namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>
/// The offers the after-load step keeps (mart_customer_offer: every candidate of the page's default computation, with both
/// ranks), read for the page and the download when they can answer the filter: the default level, horizon, rule support, lift
/// and period, any segment (RFM or saved), P(alive) floor, category, ranking, offers per customer and rows. A cheap read, so no compute gate.
/// </summary>
public sealed class OffersMart(DuckDbWarehouse warehouse)
{
    static readonly string StateSql = SqlResource.Load<OffersMart>("offer_mart_state.sql");
    static readonly string PageSql = SqlResource.Load<OffersMart>("offer_mart_page.sql");
    static readonly string RowsSql = SqlResource.Load<OffersMart>("offer_mart_rows.sql");
    static readonly string ChunksSql = SqlResource.Load<OffersMart>("offer_mart_chunks.sql");

    /// <summary>
    /// Customers per chunk of the download: each chunk is sorted on its own, so the first row waits for one chunk, not for
    /// SF10's 10 M kept offers (a whole sort held it back 6-22 s under load); about 50 chunks at SF10, one on a small world.
    /// </summary>
    public int ChunkCustomers { get; init; } = 20_000;

    /// <summary>The page says this when it computed the offers because the kept ones are for other parameters.</summary>
    public const string OtherParameters = "Computed for this request: the offers kept after each load are for the default level, horizon, rule support and lift over the whole history.";

    /// <summary>The page says this when it computed the offers because the kept ones are missing or older than the latest load.</summary>
    public const string NotCurrent = "Computed for this request: the offers of the latest load are not kept yet (they are computed in the background after each load).";

    sealed record State(long CurrentRunId, long LatestRunId, string? Level, DateOnly? AsOf, int? Horizon, int? Customers, int? MinCount,
        int? PairRules, bool? HasSegments, bool? Modelled, string? ModelNote, string? Problem)
    {
        // kept for the latest load, or for an earlier one when no load since changed what the offers are computed from (a run
        // that landed nothing runs no after-load step, so the fit row still names the earlier run: issue 22, the filtered views
        // computed for 16 s at SF10 behind two such runs)
        public bool Current(DuckDBConnection connection) => Problem is null && Level is not null && AsOf is not null
            && CustomerScoresStep.InputsUnchanged(connection, CurrentRunId, LatestRunId);
    }

    /// <summary>
    /// The offers of <paramref name="filter"/> (first <paramref name="rowLimit"/> rows, customers best first) from the mart, or null
    /// with <paramref name="why"/> when the mart cannot answer it (other parameters, or not current).
    /// </summary>
    public OffersResult? Read(OffersFilter filter, int? rowLimit, out string why, CancellationToken ct = default)
    {
        using var connection = warehouse.OpenConnection();
        if (Answerable(connection, filter, out why) is not { } state) return null;
        var offers = new List<OfferRow>();
        long total = 0;
        using (var command = connection.CreateCommand(PageSql, [.. Parameters(filter), ("limit", rowLimit ?? int.MaxValue)]))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                offers.Add(Row(reader, state));
                total = reader.GetInt64(12);
            }
        return new OffersResult(state.Level!, state.Customers ?? 0, state.MinCount ?? 0, state.PairRules ?? 0, state.HasSegments ?? false,
            offers, total, state.AsOf, state.Horizon ?? filter.Horizon, state.Modelled ?? false, state.ModelNote)
        { FromMart = true, Source = $"Read from the offers kept after the latest load (as of {state.AsOf:yyyy-MM-dd}, computed for the default level, horizon, rule support and lift)." };
    }

    /// <summary>Whether the mart can answer <paramref name="filter"/> now (current, and kept for the filter's parameters).</summary>
    public bool CanAnswer(OffersFilter filter)
    {
        using var connection = warehouse.OpenConnection();
        return Answerable(connection, filter, out _) is not null;
    }

    /// <summary>
    /// Every offer of <paramref name="filter"/> in customer order from the mart, or null when it cannot answer it. The query runs
    /// now, in one transaction with the state it was checked against (before a download's response starts: a failure is a status,
    /// not a cut body), and its rows are read as they are enumerated; the connection is held until the end or until disposed.
    /// </summary>
    public StreamedRows<OfferRow>? Stream(OffersFilter filter, CancellationToken ct = default)
    {
        var rows = new StreamedRows<OfferRow>();
        try
        {
            var connection = rows.Own(warehouse.OpenConnection());
            rows.Own(connection.BeginTransaction());
            if (Answerable(connection, filter, out _) is not { } state)
            {
                rows.Dispose();
                return null;
            }
            var firsts = ChunkFirsts(connection, ct);
            // the first chunk runs now, before the response starts; the others as the download reaches them, in the same snapshot
            var first = firsts.Count == 0 ? null : Chunk(connection, filter, firsts[0], Last(firsts, 0), ct);
            if (first is not null) rows.Own(first);   // disposed with the rows should the download never start
            return rows.From(Chunks(connection, filter, state, firsts, first, ct));
        }
        catch
        {
            rows.Dispose();
            throw;
        }
    }

    // the first customer id of each chunk, in order
    List<int> ChunkFirsts(DuckDBConnection connection, CancellationToken ct)
    {
        var firsts = new List<int>();
        using var command = connection.CreateCommand(ChunksSql, ("customers", ChunkCustomers));
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) firsts.Add(reader.GetInt32(0));
        return firsts;
    }

    static IEnumerable<OfferRow> Chunks(DuckDBConnection connection, OffersFilter filter, State state, List<int> firsts, StreamingStatement? first,
        CancellationToken ct)
    {
        for (var i = 0; i < firsts.Count; i++)
        {
            using var chunk = i == 0 ? first! : Chunk(connection, filter, firsts[i], Last(firsts, i), ct);
            while (chunk.Reader.Read()) yield return Row(chunk.Reader, state);
        }
    }

    // the last customer id of chunk i: the one before the next chunk's first (the column is an integer)
    static int Last(List<int> firsts, int i) => i + 1 < firsts.Count ? firsts[i + 1] - 1 : int.MaxValue;

    // one chunk's query, running: the customers from one id to another
    static StreamingStatement Chunk(DuckDBConnection connection, OffersFilter filter, int from, int last, CancellationToken ct) =>
        new(connection, RowsSql, [.. Parameters(filter), ("from_customer", from), ("last_customer", last)], ct);

    static (string, object?)[] Parameters(OffersFilter filter) =>
    [
        ("segment", string.IsNullOrWhiteSpace(filter.Segment) ? null : filter.Segment),
        ("min_alive", (double)Math.Clamp(filter.MinAlive, 0m, 1m)),
        ("category", string.IsNullOrWhiteSpace(filter.Category) ? null : filter.Category),
        ("rank", filter.Method == OfferMethod.MostRevenue ? "revenue" : "likely"),
        ("top", Math.Clamp(filter.Top, 1, 50)),
        SegmentScope.ParameterOf(filter),
    ];

    static OfferRow Row(DuckDBDataReader reader, State state) => new(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1),
        (int)reader.GetInt64(2), reader.GetString(3), reader.GetDouble(4), reader.GetString(5), reader.GetString(6),
        reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8),
        state.Modelled == true ? reader.GetDouble(9) : null, reader.GetDouble(10), reader.IsDBNull(11) ? null : reader.GetInt32(11));

    // the mart's state when it is current and was computed with the filter's level, horizon, support, lift and period
    static State? Answerable(DuckDBConnection connection, OffersFilter filter, out string why)
    {
        State? state = null;
        using (var command = connection.CreateCommand(StateSql))
        using (var reader = command.ExecuteReader())
            if (reader.Read())
                state = new State(reader.GetInt64(0), reader.GetInt64(1), Text(reader, 2), reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3),
                    Int(reader, 4), Int(reader, 5), Int(reader, 6), Int(reader, 7), reader.IsDBNull(8) ? null : reader.GetBoolean(8),
                    reader.IsDBNull(9) ? null : reader.GetBoolean(9), Text(reader, 10), Text(reader, 11));
        var defaults = new OffersFilter();
        var level = filter.IsCategoryLevel ? "category" : "product";
        if (level != (state?.Level ?? defaults.Level) || filter.Horizon != (state?.Horizon ?? defaults.Horizon)
            || filter.MinSupport != defaults.MinSupport || filter.MinLift != defaults.MinLift || filter.From is not null || filter.To is not null)
        {
            why = OtherParameters;
            return null;
        }
        why = NotCurrent;
        return state is not null && state.Current(connection) ? state : null;
    }

    static string? Text(DuckDBDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    static int? Int(DuckDBDataReader reader, int i) => reader.IsDBNull(i) ? null : Convert.ToInt32(reader.GetValue(i), CultureInfo.InvariantCulture);
}
