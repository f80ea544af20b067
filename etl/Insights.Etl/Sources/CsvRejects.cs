using DuckDB.NET.Data;
using Insights.Warehouse;

namespace Insights.Etl.Sources;

/// <summary>
/// Moves the rows DuckDB's CSV reader refused (read_csv(..., store_rejects = true) keeps them in the connection's temporary
/// reject_errors/reject_scans tables, with line, raw text and a message) into quarantine_row, so no bad row is lost silently.
/// </summary>
public static class CsvRejects
{
    static readonly string QuarantineSql = SqlResource.Load(typeof(CsvRejects), "quarantine_csv_rejects.sql");
    static readonly string RejectsExistSql = SqlResource.Load(typeof(CsvRejects), "csv_rejects_exist.sql");

    /// <summary>Quarantines the rejects of every CSV read so far on <paramref name="connection"/>; returns the rejected row count.</summary>
    public static long Quarantine(DuckDBConnection connection, long runId, string source, DateTime nowUtc)
    {
        var hasRejects = connection.ExecuteScalar<long>(RejectsExistSql) > 0;
        return hasRejects
            ? connection.ExecuteNonQuery(QuarantineSql, ("run_id", runId), ("source", source), ("now", nowUtc))
            : 0;
    }
}
