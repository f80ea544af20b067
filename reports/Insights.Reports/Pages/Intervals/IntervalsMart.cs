using System.Data.Common;
using DuckDB.NET.Data;
using Insights.Reports.Analytics;
using Insights.Reports.Export;
using Insights.Reports.Pages.Customers.Scores;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Intervals;

/// <summary>
/// The intervals page's two downloads read from the scores the after-load step keeps (mart_customer_score, fitted with the
/// page's default settings; see <see cref="Customers.Scores.CustomerScoresStep"/>) instead of fitting every customer or reading
/// every customer's gaps per request: computed, they queued for the one computation allowed beside a load and failed (issue
/// 22). It answers only what the kept fit is: the latest run's, calibrated at the last purchase day, no hold-out, no segment,
/// the same CLV settings (and overdue factor for the win-back list); anything else is computed as before. The rows are read as
/// the download writes them (DuckDB's streaming mode, a chunk of customers at a time: <see cref="SortedChunks"/>), the first
/// chunk's query run before the response starts, so a failure is an answer with a status, never a cut body.
/// </summary>
public sealed class IntervalsMart(DuckDbWarehouse warehouse)
{
    static readonly string StateSql = SqlResource.Load<IntervalsMart>("intervals_mart_state.sql");
    static readonly string CustomersSql = SqlResource.Load<IntervalsMart>("intervals_mart_customers.sql");
    static readonly string OverdueSql = SqlResource.Load<IntervalsMart>("intervals_mart_overdue.sql");
    static readonly string ChunksSql = SqlResource.Load<IntervalsMart>("intervals_mart_chunks.sql");
    static readonly string CategoryCyclesSql = SqlResource.Load<IntervalsMart>("intervals_mart_category_cycles.sql");
    static readonly string CategoryOverdueSql = SqlResource.Load<IntervalsMart>("intervals_mart_category_overdue.sql");

    /// <summary>
    /// Customers per chunk of a download (<see cref="SortedChunks"/>): a chunk's rows are sorted on their own, so a download holds
    /// one chunk's rows in DuckDB, not every customer's (issue 22: 20 clients at once at SF10). Every chunk scans the scores
    /// again (about 0.15 s at SF10), so chunks are large: 9 at SF10, each sort a few MiB (46 MiB sorted whole).
    /// </summary>
    public int ChunkCustomers { get; init; } = 100_000;

    // the kept fit: what it answers and its BG/NBD parameters (in weeks, the step's unit)
    sealed record State(DateOnly AsOf, int ClvMonths, double DiscountRate, double Margin, double OverdueFactor, BgNbdParameters? BgNbd,
        bool IsCurrent, bool HasAmounts, bool HasCategories);

    /// <summary>
    /// Every customer's scores in <paramref name="sort"/>'s order (as <see cref="IntervalsQuery.Sorted"/>), the expected purchases
    /// over the settings' horizon from the kept fit; null when the kept fit does not answer <paramref name="settings"/> (or the
    /// order is by expected purchases, which the mart keeps for another horizon). The rows hold a connection until enumerated to
    /// the end or disposed.
    /// </summary>
    public StreamedRows<CustomerScore>? Customers(IntervalsSettings settings, string? sort, CancellationToken ct)
    {
        var order = sort switch { "p_alive" or "frequency" or "customer" => sort, "expected" => null, _ => "clv" };
        if (order is null) return null;
        var rows = new StreamedRows<CustomerScore>();
        return Open(rows, settings, overdue: false, CustomersSql, order, state => Score(state, settings), ct);
    }

    /// <summary>
    /// The win-back list (as <see cref="IntervalsQuery.OverdueCustomers"/>), or null when the kept fit does not answer
    /// <paramref name="settings"/>; the rows hold a connection as <see cref="Customers"/>'.
    /// </summary>
    public StreamedRows<CustomerGaps>? Overdue(IntervalsSettings settings, CancellationToken ct)
    {
        var rows = new StreamedRows<CustomerGaps>();
        return Open(rows, settings, overdue: true, OverdueSql, "value_at_risk", _ => Gap, ct);
    }

    // the rows read a chunk at a time, the first chunk's query running, their resources owned by rows; null (everything given
    // back) when the kept fit does not answer. sort: the order's name in intervals_mart_chunks.sql
    StreamedRows<T>? Open<T>(StreamedRows<T> rows, IntervalsSettings settings, bool overdue, string sql, string sort,
        Func<State, Func<DbDataReader, T>> map, CancellationToken ct)
    {
        try
        {
            var connection = rows.Own(warehouse.OpenConnection());
            // one transaction: the fit's row and the customers' rows are read from one committed state
            rows.Own(connection.BeginTransaction());
            if (ReadState(connection) is not { } state || !Answers(state, settings, overdue))
            {
                rows.Dispose();
                return null;
            }
            var starts = SortedChunks.Starts(connection, ChunksSql, [("sort", sort), ("customers", ChunkCustomers)], ct);
            return SortedChunks.Read(rows, connection, sql, overdue ? [] : [("sort", sort)], starts, map(state), ct);
        }
        catch
        {
            rows.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The intervals page's category section (every category's cycle, and the first <paramref name="limit"/> customers overdue in
    /// a category) as the after-load scores step kept them from the same queries over the same gaps, read on
    /// <paramref name="connection"/> (the caller's snapshot); null when the kept fit does not answer <paramref name="settings"/>:
    /// its calibration end, no segment, its overdue factor, nothing the step reads changed since, and written with the cycles
    /// (migration 0074). The section depends on nothing else of the settings (category_gaps.sql, category_overdue.sql).
    /// </summary>
    public static (IReadOnlyList<CategoryCycle> Cycles, IReadOnlyList<CategoryOverdue> Overdue)? KeptCategories(DuckDBConnection connection,
        IntervalsSettings settings, int limit, CancellationToken ct)
    {
        if (ReadState(connection) is not { } state || !state.IsCurrent || !state.HasCategories || settings.Segment is not null
            || settings.CalibrationEnd != state.AsOf || settings.OverdueFactor != state.OverdueFactor)
            return null;
        var cycles = new List<CategoryCycle>();
        using (var command = connection.CreateCommand(CategoryCyclesSql))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                cycles.Add(new CategoryCycle(reader.GetString(0), reader.GetInt64(1), reader.GetDouble(2), reader.GetDouble(3),
                    reader.GetDouble(4), reader.GetDouble(5), reader.GetFieldValue<List<long>>(6)));
        var overdue = new List<CategoryOverdue>();
        using (var command = connection.CreateCommand(CategoryOverdueSql, ("limit", limit)))
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                overdue.Add(new CategoryOverdue(reader.GetInt32(0), reader.GetString(1), reader.GetInt64(2), reader.GetDouble(3),
                    reader.GetInt32(4), reader.GetDouble(5), reader.GetFieldValue<DateOnly>(6)));
        return (cycles, overdue);
    }

    // days, no hold-out, no segment, calibrated at the kept fit's day (the last purchase day) with its CLV settings
    static bool Answers(State state, IntervalsSettings settings, bool overdue) =>
        state.IsCurrent && settings.Unit == TimeUnit.Days && settings.HoldoutEnd is null && settings.Segment is null &&
        settings.CalibrationEnd == state.AsOf && settings.ClvMonths == state.ClvMonths && settings.DiscountRate == state.DiscountRate &&
        settings.Margin == state.Margin && (!overdue || (state.HasAmounts && settings.OverdueFactor == state.OverdueFactor));

    static State? ReadState(DuckDBConnection connection)
    {
        State state;
        long fittedRunId, latestRunId;
        using (var command = connection.CreateCommand(StateSql))
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read() || reader.IsDBNull(0)) return null;   // no fit, or a fit of a warehouse without purchases
            var trusted = reader.GetBoolean(9) && !reader.IsDBNull(5) && !reader.IsDBNull(6) && !reader.IsDBNull(7) && !reader.IsDBNull(8);
            state = new State(reader.GetFieldValue<DateOnly>(0), reader.GetInt32(1), reader.GetDouble(2), reader.GetDouble(3),
                reader.GetDouble(4),
                trusted ? new BgNbdParameters(reader.GetDouble(5), reader.GetDouble(6), reader.GetDouble(7), reader.GetDouble(8)) : null,
                IsCurrent: false, reader.GetBoolean(12), reader.GetBoolean(13));
            fittedRunId = reader.GetInt64(10);
            latestRunId = reader.GetInt64(11);
        }
        // kept for the latest run, or for an earlier one when no run since changed what the step reads (a run that landed nothing
        // runs no after-load step, so the fit row still names the earlier run: the offers page's stale-run case, issue 22)
        return state with { IsCurrent = CustomerScoresStep.InputsUnchanged(connection, fittedRunId, latestRunId) };
    }

    // a row of the customers download; the expected purchases and CLV of an (x, T) pair are computed once per download
    static Func<DbDataReader, CustomerScore> Score(State state, IntervalsSettings settings)
    {
        // the kept fit is in weeks; the same model in days has α × 7 (r, a, b do not depend on the unit). The expected purchases
        // over the view's horizon and the CLV (months of 30 days, as the page counts them; the kept clv_amount counts months of
        // 4.345 weeks) are computed as IntervalsScoring does, once per (x, T): many customers share one
        var perDay = state.BgNbd is { } weekly ? weekly with { Alpha = weekly.Alpha * TimeUnit.Weeks.Days() } : null;
        var ifAlive = new Dictionary<(int X, int T), (double Expected, double Discounted)>();
        return reader =>
        {
            var x = reader.GetInt32(1);
            var age = reader.GetInt32(3);
            double? alive = reader.IsDBNull(5) ? null : reader.GetDouble(5);
            double? spend = reader.IsDBNull(6) ? null : reader.GetDouble(6);
            double? expected = null, clv = null;
            if (perDay is { } p && alive is { } a)
            {
                if (!ifAlive.TryGetValue((x, age), out var pair))
                    ifAlive[(x, age)] = pair = (BgNbd.ExpectedPurchasesIfAlive(p, settings.Horizon, x, age),
                        Clv.DiscountedPurchasesIfAlive(p, TimeUnit.Days, x, age, settings.ClvMonths, settings.DiscountRate));
                expected = a * pair.Expected;
                if (spend is { } m) clv = settings.Margin * m * (a * pair.Discounted);
            }
            return new CustomerScore(reader.GetInt32(0), x, reader.GetInt32(2), age, reader.GetDouble(4), alive, expected, spend, clv,
                null, null);
        };
    }

    static CustomerGaps Gap(DbDataReader reader) =>
        new(reader.GetInt32(0), reader.GetInt64(1), NullableDouble(reader, 2), NullableDouble(reader, 3),
            NullableDouble(reader, 4), reader.GetInt32(5), reader.GetDouble(6), reader.GetDouble(7), reader.GetFieldValue<DateOnly>(8));

    static double? NullableDouble(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);
}
