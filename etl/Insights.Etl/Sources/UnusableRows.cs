using DuckDB.NET.Data;
using Insights.Warehouse;

namespace Insights.Etl.Sources;

/// <summary>
/// Runs a source's quarantine script (quarantine_unusable_rows.sql unless named): rows that parsed but that no model can use
/// (missing keys, orphans, impossible amounts, unknown codes) move from the landing tables to quarantine_row with their reason, so
/// they neither break the build nor vanish.
/// </summary>
public static class UnusableRows
{
    static readonly string CountSql = SqlResource.Load(typeof(UnusableRows), "quarantined_count.sql");

    /// <summary>
    /// Quarantines the unusable rows found by <paramref name="script"/>, embedded next to <paramref name="anchor"/>; returns how
    /// many moved.
    /// </summary>
    public static long Quarantine(Type anchor, DuckDBConnection connection, long runId, string source, DateTime nowUtc,
        string script = "quarantine_unusable_rows.sql")
    {
        var before = connection.ExecuteScalar<long>(CountSql, ("run_id", runId), ("source", source));
        connection.ExecuteNonQuery(SqlResource.Load(anchor, script), ("run_id", runId), ("source", source), ("now", nowUtc));
        return connection.ExecuteScalar<long>(CountSql, ("run_id", runId), ("source", source)) - before;
    }
}
