using System.Data.Common;
using DuckDB.NET.Data;
using Insights.Reports.Limits;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Customers;

/// <summary>One customer's timeline queries on one connection: each binds $id and $limit and stops when the token fires.</summary>
sealed class TimelineReader(DuckDBConnection connection, int customerId, CancellationToken ct)
{
    /// <summary>
    /// The rows of <paramref name="sql"/> (at most <paramref name="limit"/>) mapped by <paramref name="map"/>, and the count in
    /// all from the query's last column (total); 0 when there is none.
    /// </summary>
    public (List<T> Rows, long Total) Read<T>(string sql, int limit, Func<DbDataReader, T> map, params (string Name, object? Value)[] more)
    {
        using var command = connection.CreateCommand(sql, [("id", customerId), ("limit", limit), .. more]);
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        long total = 0;
        while (reader.Read())
        {
            rows.Add(map(reader));
            total = reader.GetInt64(reader.FieldCount - 1);
        }
        return (rows, total);
    }

    /// <summary>
    /// The complaints of timeline_complaints.sql: the newest <paramref name="limit"/> (the timeline's), the newest
    /// <paramref name="openLimit"/> still open, and the count of all.
    /// </summary>
    public (List<ComplaintRow> Newest, List<ComplaintRow> Open, long Total) Complaints(string sql, int limit, int openLimit)
    {
        using var command = connection.CreateCommand(sql, ("id", customerId), ("limit", limit), ("open_limit", openLimit));
        using var stop = command.StopWhen(ct);
        using var reader = command.ExecuteReader();
        var (newest, open) = (new List<ComplaintRow>(), new List<ComplaintRow>());
        long total = 0;
        while (reader.Read())
        {
            var row = TimelineRows.Complaint(reader);
            if (reader.GetBoolean(11)) newest.Add(row);
            if (reader.GetBoolean(12)) open.Add(row);
            total = reader.GetInt64(13);
        }
        return (newest, open, total);
    }
}

/// <summary>One type-2 version of a customer, the attributes the timeline compares.</summary>
sealed record CustomerVersion(DateTime ValidFrom, string FullName, string PreferredName, string? Email, string Region, string SignupChannel);
