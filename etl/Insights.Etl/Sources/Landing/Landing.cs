using DuckDB.NET.Data;
using Insights.Warehouse;

namespace Insights.Etl.Sources.Landing;

/// <summary>What appending one landing table did: every landed row was appended, skipped as already known, or quarantined.</summary>
public sealed record AppendCounts(long Landed, long Appended, long Skipped, long Conflicts);

/// <summary>
/// Creates landing tables and appends their rows to the raw tables exactly once (append_prepare.sql, then
/// append_quarantine_conflicts.sql, append_new_rows.sql and append_cleanup.sql).
/// </summary>
public static class Landing
{
    static readonly string CreateSql = SqlResource.Load(typeof(Landing), "create_landing.sql");
    static readonly string TablesSql = SqlResource.Load(typeof(Landing), "landing_tables.sql");
    static readonly string CountSql = SqlResource.Load(typeof(Landing), "landing_count.sql");
    static readonly string PrepareSql = SqlResource.Load(typeof(Landing), "append_prepare.sql");
    static readonly string QuarantineConflictsSql = SqlResource.Load(typeof(Landing), "append_quarantine_conflicts.sql");
    static readonly string NewRowsSql = SqlResource.Load(typeof(Landing), "append_new_rows.sql");
    static readonly string CleanupSql = SqlResource.Load(typeof(Landing), "append_cleanup.sql");

    /// <summary>Creates (or empties) the landing table of <paramref name="table"/>.</summary>
    public static void Create(DuckDBConnection connection, LandingTable table) =>
        connection.ExecuteNonQuery(Fill(CreateSql, table));

    /// <summary>
    /// Appends the landed rows that are new to the raw table under <paramref name="runId"/>. The
    /// counts are the statements' own row counts, so no intermediate result is kept just to be counted.
    /// </summary>
    public static AppendCounts AppendToRaw(DuckDBConnection connection, LandingTable table, long runId, string source, DateTime nowUtc)
    {
        var landed = connection.ExecuteScalar<long>(Fill(CountSql, table));
        connection.ExecuteNonQuery(Fill(PrepareSql, table));
        long conflicts = connection.ExecuteNonQuery(Fill(QuarantineConflictsSql, table), ("run_id", runId), ("source", source), ("now", nowUtc));
        long appended = connection.ExecuteNonQuery(Fill(NewRowsSql, table), ("run_id", runId));
        connection.ExecuteNonQuery(Fill(CleanupSql, table));
        return new AppendCounts(landed, appended, landed - appended - conflicts, conflicts);
    }

    /// <summary>
    /// Drops every landing table of <paramref name="connection"/>: once a source's rows are in raw they only take memory the
    /// models need (at SF10 the order-line landing table alone is 20 M rows).
    /// </summary>
    public static void DropAll(DuckDBConnection connection)
    {
        var names = new List<string>();
        using (var command = connection.CreateCommand(TablesSql))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) names.Add(reader.GetString(0));
        // names come from DuckDB's own catalog (landing_* tables we created), never from input
        foreach (var name in names) connection.ExecuteNonQuery($"drop table temp.main.\"{name}\"");
    }

    static string Fill(string template, LandingTable table) => template
        .Replace("{landing}", table.Landing, StringComparison.Ordinal)
        .Replace("{raw}", table.Raw, StringComparison.Ordinal)
        .Replace("{key}", string.Join(", ", table.Key), StringComparison.Ordinal)
        .Replace("{key_qualified}", string.Join(", ", table.Key.Select(k => "landed." + k)), StringComparison.Ordinal)
        .Replace("{key_values}", string.Join(", ", table.Key.Select(k => $"coalesce(landed.{k}::varchar, 'null')")), StringComparison.Ordinal)
        .Replace("{key_label}", string.Join("/", table.Key), StringComparison.Ordinal)
        .Replace("{raw_version}", table.VersionColumn ?? "null", StringComparison.Ordinal)
        // never null: rows are matched on (key, _version) with USING, where null would match nothing
        .Replace("{version}", table.VersionColumn is { } v ? $"coalesce({v}, timestamp '-infinity')" : "timestamp '-infinity'",
            StringComparison.Ordinal);
}
