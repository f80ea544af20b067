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

    /// <summary>Every type-2 version of the customer, oldest first.</summary>
    public List<CustomerVersion> Versions(string sql)
    {
        using var command = connection.CreateCommand(sql, ("id", customerId));
        using var stop = command.StopWhen(ct);
        using var r = command.ExecuteReader();
        var versions = new List<CustomerVersion>();
        while (r.Read())
            versions.Add(new CustomerVersion(r.GetDateTime(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
                r.GetString(5), r.GetString(6)));
        return versions;
    }
}

/// <summary>One type-2 version of a customer, the attributes the timeline compares.</summary>
sealed record CustomerVersion(DateTime ValidFrom, string FullName, string PreferredName, string? Email, string Region, string SignupChannel);
