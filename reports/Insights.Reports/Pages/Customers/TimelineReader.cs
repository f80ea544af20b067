using DuckDB.NET.Data;
using Insights.Reports.Limits;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Customers;

/// <summary>
/// One customer's timeline queries on one connection: each binds $id, reads the customer's rows of one kind (a few row groups
/// of a customer-ordered mart), and stops when the token fires; the rows are put newest first here, not in SQL (an ORDER BY
/// costs DuckDB more than the read of a few dozen rows: measured in docs/performance-history.md, "Customers"). The page shows the
/// first ones and counts them all; names come from <paramref name="names"/> instead of a join per read.
/// </summary>
sealed class TimelineReader(DuckDBConnection connection, int customerId, TimelineNames names, CancellationToken ct)
{
    /// <summary>
    /// The rows of <paramref name="sql"/> that <paramref name="map"/> keeps (null: a key without a name), newest first by
    /// <paramref name="newest"/> (the time, then the higher id), the first <paramref name="limit"/> of them, and how many it
    /// keeps in all.
    /// </summary>
    public (List<T> Rows, long Total) Read<T>(string sql, int limit, Func<ReaderRow, TimelineNames, T?> map,
        Func<T, (DateTime At, long Id)> newest) where T : class => Newest(ReadAll(sql, map), limit, newest);

    // every row map keeps, in the order DuckDB gives them
    List<T> ReadAll<T>(string sql, Func<ReaderRow, TimelineNames, T?> map) where T : class
    {
        using var command = connection.CreateCommand(sql, ("id", customerId));
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        var row = new ReaderRow(reader);
        while (reader.Read())
            if (map(row, names) is { } kept) rows.Add(kept);
        return rows;
    }

    /// <summary>
    /// The customer's orders, newest first (their lines summed as TimelineRows.Orders does): the first <paramref name="limit"/>
    /// and how many there are.
    /// </summary>
    public (List<OrderEvent> Rows, long Total) Orders(string sql, int limit) => OrdersOf(ReadAll(sql, TimelineRows.OrderLine), limit);

    /// <summary>
    /// The customer's complaints, newest first: the first <paramref name="limit"/> (the timeline's), the first
    /// <paramref name="openLimit"/> still open, and the count of all.
    /// </summary>
    public (List<ComplaintRow> Newest, List<ComplaintRow> Open, long Total) Complaints(string sql, int limit, int openLimit) =>
        ComplaintsOf(ReadAll(sql, TimelineRows.Complaint), limit, openLimit);

    /// <summary>
    /// <paramref name="rows"/> (one kind, in any order) newest first by <paramref name="newest"/> (the time, then the higher
    /// id), the first <paramref name="limit"/> of them, and how many there are: the same whether read here or from the
    /// customer's profile document.
    /// </summary>
    public static (List<T> Rows, long Total) Newest<T>(List<T> rows, int limit, Func<T, (DateTime At, long Id)> newest)
    {
        rows.Sort((a, b) => newest(b).CompareTo(newest(a)));
        return (rows.Count > limit ? rows[..limit] : rows, rows.Count);
    }

    /// <summary>The orders of <paramref name="lines"/>, newest first: the first <paramref name="limit"/> and how many there are.</summary>
    public static (List<OrderEvent> Rows, long Total) OrdersOf(IEnumerable<OrderLine> lines, int limit)
    {
        var orders = TimelineRows.Orders(lines);
        return (orders.Take(limit).ToList(), orders.Count);
    }

    /// <summary>
    /// <paramref name="complaints"/> newest first: the first <paramref name="limit"/>, the first <paramref name="openLimit"/>
    /// still open, and the count of all.
    /// </summary>
    public static (List<ComplaintRow> Newest, List<ComplaintRow> Open, long Total) ComplaintsOf(List<ComplaintRow> complaints,
        int limit, int openLimit)
    {
        var (all, total) = Newest(complaints, int.MaxValue, c => (c.OpenedAt, c.ComplaintId));
        return (all.Take(limit).ToList(), all.Where(c => c.ResolvedAt is null).Take(openLimit).ToList(), total);
    }
}

/// <summary>One type-2 version of a customer, the attributes the timeline compares.</summary>
sealed record CustomerVersion(DateTime ValidFrom, string FullName, string PreferredName, string? Email, string Region, string SignupChannel);
