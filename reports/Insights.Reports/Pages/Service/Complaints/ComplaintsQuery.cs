using System.Data.Common;
using Insights.Reports.Limits;
using Insights.Warehouse;
using Microsoft.Extensions.Options;

namespace Insights.Reports.Pages.Service.Complaints;

/// <summary>
/// The complaints view (page, CSV and `report service complaints|sla|backlog`): one connection sets the SLA targets and the
/// complaints and completed orders in view as temp tables, then reads the small aggregates and lists from them, kept per load
/// (<see cref="ComplaintsAtLoad"/>). "Now" (the age of open complaints, breaches of open ones) is the site's
/// <see cref="TimeProvider"/>, applied per request to the open complaints only.
/// </summary>
public sealed class ComplaintsQuery(DuckDbWarehouse warehouse, ServiceCache cache, IOptions<ServiceOptions> options, TimeProvider clock)
{
    static readonly string TargetsSql = SqlResource.Load<ComplaintsQuery>("sla_targets.sql");
    static readonly string TargetSql = SqlResource.Load<ComplaintsQuery>("sla_target.sql");
    static readonly string InViewSql = SqlResource.Load<ComplaintsQuery>("complaints_in_view.sql");
    static readonly string InViewMartsSql = SqlResource.Load<ComplaintsQuery>("complaints_in_view_marts.sql");
    static readonly string DetailsBuiltSql = SqlResource.Load<ComplaintsQuery>("complaint_details_built.sql");
    static readonly string OrdersSql = SqlResource.Load<ComplaintsQuery>("orders_in_view.sql");
    static readonly string OrderCountsSql = SqlResource.Load<ComplaintsQuery>("order_counts.sql");
    static readonly string OrderSegmentCountsSql = SqlResource.Load<ComplaintsQuery>("order_segment_counts.sql");
    static readonly string OrderSegmentsBuiltSql = SqlResource.Load<ComplaintsQuery>("order_segment_counts_built.sql");
    static readonly string BreakdownSql = SqlResource.Load<ComplaintsQuery>("breakdown.sql");
    static readonly string SlaSql = SqlResource.Load<ComplaintsQuery>("sla.sql");
    static readonly string NamesSql = SqlResource.Load<ComplaintsQuery>("complainer_names.sql");
    static readonly string OpenSql = SqlResource.Load<ComplaintsQuery>("open_complaints.sql");
    static readonly string RepeatSql = SqlResource.Load<ComplaintsQuery>("repeat_complainers.sql");

    /// <summary><see cref="Run"/> for the page (DuckDB.NET reads synchronously: on the caller's thread, behind the gate).</summary>
    public Task<ComplaintsResult> RunAsync(ComplaintsFilter filter, CancellationToken ct) => Task.FromResult(Run(filter, ct));

    /// <summary>Every number and list of the view for <paramref name="filter"/>, through the <see cref="ComputeGate"/>.</summary>
    public ComplaintsResult Run(ComplaintsFilter filter, CancellationToken ct = default) =>
        Cached(filter, ClockNow(), ct);

    // ages and breaches of open complaints move with the clock, the rest only with a load: the load's part is kept per warehouse
    // state (at SF10 it costs seconds), the clock's part per five-minute step (ComplaintsAtLoad.AsAt: a pass over the open
    // complaints), and the page names that time
    ComplaintsResult Cached(ComplaintsFilter filter, DateTime now, CancellationToken ct)
    {
        // read before the view, behind the gate on its own: the view's computation runs behind the same gate
        var names = cache.Get(ComputeKind.ServiceComplaints, NamesKey, ReadNames, ct);
        return cache.Get(ComputeKind.ServiceComplaints, filter.ToString(), token => ReadOrRegroup(filter, names, token), ct).AsAt(now);
    }

    const string NamesKey = "complainer-names";

    // the current names of every customer a view can list (complainer_names.sql), once per warehouse state: some 72 k at SF10
    ComplainerNames ReadNames(CancellationToken ct)
    {
        using var connection = warehouse.OpenConnection();
        var names = new Dictionary<long, Access.PersonalData>();
        foreach (var (customerId, data) in Read(connection, NamesSql, ct, [], r => (r.GetInt64(0), new Access.PersonalData(Text(r, 1), Text(r, 2), Text(r, 3)))))
            names.TryAdd(customerId, data);
        return new ComplainerNames(names);
    }

    /// <summary>The current names and e-mail of the customers a complaints view can list, by customer id.</summary>
    sealed record ComplainerNames(IReadOnlyDictionary<long, Access.PersonalData> ByCustomer);

    // the same filter already computed in another breakdown (the page's default one is warmed after each load): its total, SLA
    // table, open complaints and repeat complainers hold for this breakdown too, so only the groups are read (at SF10 about a
    // third of a whole view)
    ComplaintsAtLoad ReadOrRegroup(ComplaintsFilter filter, ComplainerNames names, CancellationToken ct)
    {
        foreach (var by in ComplaintsFilter.Breakdowns)
            if (by != filter.By && cache.Peek<ComplaintsAtLoad>(ComputeKind.ServiceComplaints, (filter with { By = by }).ToString()) is { } seen)
                return seen.InBreakdown(filter.By, ReadGroups(filter, ct));
        return Read(filter, names, ct);
    }

    IReadOnlyList<ComplaintGroupRow> ReadGroups(ComplaintsFilter filter, CancellationToken ct)
    {
        using var connection = warehouse.OpenConnection();
        FillInView(connection, filter, ct);
        return Groups(connection, filter.By, ct);
    }

    /// <summary>"Now" is the site's clock rounded down to this step: results are kept that long.</summary>
    public static readonly TimeSpan NowStep = TimeSpan.FromMinutes(5);

    // source times are naive and loaded as they are; the clock's UTC reading is compared with them as it is (docs)
    /// <summary>The "now" a view computed at this moment uses: the clock rounded down to <see cref="NowStep"/>.</summary>
    public DateTime ClockNow()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - now.Ticks % NowStep.Ticks, DateTimeKind.Utc);
    }

    // "now" is null here: complaints_in_view.sql then counts only resolved complaints' breaches (open ones get no age), and
    // ComplaintsAtLoad.AsAt adds the open ones past their target
    ComplaintsAtLoad Read(ComplaintsFilter filter, ComplainerNames names, CancellationToken ct)
    {
        using var connection = warehouse.OpenConnection();
        FillInView(connection, filter, ct);
        var total = Groups(connection, "all", ct) is [var only] ? only with { Group = "(all)" } : Empty;
        var groups = Groups(connection, filter.By, ct);
        var sla = Read(connection, SlaSql, ct, [], r => new SlaRow(r.GetString(0), Double(r, 1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4),
            r.GetInt64(5), r.GetInt64(6), r.GetInt64(7), Double(r, 8)));
        // a customer without a current version is left out of both lists (as a join with the names would)
        var open = Read(connection, OpenSql, ct, [], r => Named(names, r.GetInt64(1), n => new OpenComplaint(r.GetInt64(0), r.GetInt64(1),
                n.FullName, n.PreferredName, n.Email, r.GetString(2), r.GetString(3), r.GetString(4), Text(r, 5), Text(r, 6), Text(r, 7),
                Text(r, 8), Double(r, 9), r.GetDateTime(10))))
            .OfType<OpenComplaint>().ToList();
        var repeaters = Read(connection, RepeatSql, ct, [], r => Named(names, r.GetInt64(0), n => new RepeatComplainerRow(r.GetInt64(0),
                n.FullName, n.PreferredName, n.Email, r.GetInt64(1), Convert.ToInt32(r.GetValue(2), System.Globalization.CultureInfo.InvariantCulture),
                r.GetDateTime(3), r.GetDateTime(4))))
            .OfType<RepeatComplainerRow>().ToList();
        return new ComplaintsAtLoad(filter.By, total, groups, sla, open, repeaters);
    }

    static T? Named<T>(ComplainerNames names, long customerId, Func<Access.PersonalData, T> row) where T : class =>
        names.ByCustomer.TryGetValue(customerId, out var data) ? row(data) : null;

    // the SLA targets, the complaints in view and the completed orders in view (the rates' denominators): this connection's
    // temp tables, which every statement after reads
    void FillInView(DuckDB.NET.Data.DuckDBConnection connection, ComplaintsFilter filter, CancellationToken ct)
    {
        connection.ExecuteNonQuery(TargetsSql);
        foreach (var (severity, hours) in options.Value.SlaHours())
            connection.ExecuteNonQuery(TargetSql, ("severity", severity), ("target_hours", hours));
        Execute(connection, InViewSqlFor(connection.ExecuteScalar<bool>(DetailsBuiltSql)), ct, [.. filter.Parameters(), ("now", null)]);
        Execute(connection, OrdersSqlFor(filter, connection.ExecuteScalar<bool>(OrderSegmentsBuiltSql)), ct, [.. filter.SharedParameters(), ("by", filter.By)]);
    }

    /// <summary>
    /// The statement that fills complaints_in_view: from the load's per-complaint attributes (complaints_in_view_marts.sql,
    /// mart_complaint_detail) once a load has filled them (<paramref name="detailsBuilt"/>), else from the facts
    /// (complaints_in_view.sql). Both give the same rows for the same filter.
    /// </summary>
    public static string InViewSqlFor(bool detailsBuilt) => detailsBuilt ? InViewMartsSql : InViewSql;

    /// <summary>
    /// The statement that fills the denominators (orders_in_view): the load's counts per day (order_counts.sql, mart_order_day)
    /// without a segment filter; with a current RFM segment, the load's counts per day and segment (order_segment_counts.sql,
    /// mart_order_segment_day) once a load has filled them (<paramref name="segmentCountsBuilt"/>); with a saved segment (a set
    /// of customers no load knows), or an RFM segment before that, the completed orders themselves (orders_in_view.sql). All
    /// give the same rows for the same filter.
    /// </summary>
    public static string OrdersSqlFor(ComplaintsFilter filter, bool segmentCountsBuilt)
    {
        var parameters = filter.SharedParameters().ToDictionary(p => p.Name, p => p.Value);
        if (parameters["segment_id"] is not null) return OrdersSql;
        if (parameters["segment"] is null) return OrderCountsSql;
        return segmentCountsBuilt ? OrderSegmentCountsSql : OrdersSql;
    }

    static readonly ComplaintGroupRow Empty = new("(all)", 0, 0, 0, 0, null, null, 0, 0, 0, null, null, 0, 0, null, null);

    static IReadOnlyList<ComplaintGroupRow> Groups(DuckDB.NET.Data.DuckDBConnection connection, string by, CancellationToken ct) =>
        Read(connection, BreakdownSql, ct, [("by", by)], r => new ComplaintGroupRow(
            r.IsDBNull(0) ? "(none)" : r.GetString(0), r.GetInt64(1), Long(r, 2), r.GetInt64(3), r.GetInt64(4), Double(r, 5), Double(r, 6),
            r.GetInt64(7), r.GetInt64(8), r.GetInt64(9), Double(r, 10), Double(r, 11), r.GetInt64(12), r.GetInt64(13), Double(r, 14),
            Double(r, 15)));

    static void Execute(DuckDB.NET.Data.DuckDBConnection connection, string sql, CancellationToken ct, (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand(sql, parameters);
        using var stop = command.StopWhen(ct);
        command.ExecuteNonQuery();
    }

    static List<T> Read<T>(DuckDB.NET.Data.DuckDBConnection connection, string sql, CancellationToken ct, (string Name, object? Value)[] parameters,
        Func<DbDataReader, T> map)
    {
        using var command = connection.CreateCommand(sql, parameters);
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            ct.ThrowIfCancellationRequested();
            rows.Add(map(reader));
        }
        return rows;
    }

    static double? Double(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    static long? Long(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);
    static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
