using DuckDB.NET.Data;
using Insights.Warehouse;

namespace Insights.Etl.Sources;

/// <summary>
/// Runs a source's quarantine_unusable_rows.sql: rows that parsed but that no model can use (missing keys, orphans) move from the
/// raw tables to quarantine_row with their reason, so they neither break the build nor vanish.
/// </summary>
public static class UnusableRows
{
    /// <summary>Quarantines the unusable rows of the source whose script sits next to <paramref name="anchor"/>; returns how many moved.</summary>
    public static long Quarantine(Type anchor, DuckDBConnection connection, long runId, string source, DateTime nowUtc)
    {
        const string countSql = "select count(*) from quarantine_row where run_id = $run_id and source = $source";
        var before = connection.ExecuteScalar<long>(countSql, ("run_id", runId), ("source", source));
        connection.ExecuteNonQuery(SqlResource.Load(anchor, "quarantine_unusable_rows.sql"),
            ("run_id", runId), ("source", source), ("now", nowUtc));
        return connection.ExecuteScalar<long>(countSql, ("run_id", runId), ("source", source)) - before;
    }
}
