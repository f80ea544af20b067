using System.Data.Common;
using DuckDB.NET.Data;

namespace Insights.Warehouse.Status;

/// <summary>Reads the rows of the status queries: one short-lived connection per call, UTC bookkeeping times as offsets.</summary>
static class StatusRows
{
    /// <summary>Runs <paramref name="sql"/> with its $parameters and maps every row.</summary>
    public static IReadOnlyList<T> Read<T>(DuckDbWarehouse warehouse, string sql, (string, object?)[] parameters, Func<DbDataReader, T> map)
    {
        using var connection = warehouse.OpenConnection();
        return Read(connection, sql, parameters, map);
    }

    /// <summary>Runs <paramref name="sql"/> on an open connection (several reads in one transaction see one snapshot).</summary>
    public static IReadOnlyList<T> Read<T>(DuckDBConnection connection, string sql, (string, object?)[] parameters, Func<DbDataReader, T> map)
    {
        using var command = connection.CreateCommand(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }

    public static long? NullableLong(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>Bookkeeping timestamps are stored as UTC without a zone (see 0002_etl_bookkeeping.sql).</summary>
    public static DateTimeOffset? ToOffset(object value) => value switch
    {
        DateTimeOffset o => o,
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        _ => null,
    };
}
