using DuckDB.NET.Data;
using Insights.Warehouse;

namespace Insights.Etl.Sources.Landing;

/// <summary>What appending one landing table did: every landed row was appended, skipped as already known, or quarantined.</summary>
public sealed record AppendCounts(long Landed, long Appended, long Skipped, long Conflicts);

/// <summary>Creates landing tables and appends their rows to the raw tables exactly once (see append_landed_rows.sql).</summary>
public static class Landing
{
    static readonly string CreateSql = SqlResource.Load(typeof(Landing), "create_landing.sql");
    static readonly string AppendSql = SqlResource.Load(typeof(Landing), "append_landed_rows.sql");
    static readonly string CountsSql = SqlResource.Load(typeof(Landing), "append_counts.sql");

    /// <summary>Creates (or empties) the landing table of <paramref name="table"/>.</summary>
    public static void Create(DuckDBConnection connection, LandingTable table) =>
        connection.ExecuteNonQuery(Fill(CreateSql, table));

    /// <summary>Appends the landed rows that are new to the raw table under <paramref name="runId"/>.</summary>
    public static AppendCounts AppendToRaw(DuckDBConnection connection, LandingTable table, long runId, string source, DateTime nowUtc)
    {
        connection.ExecuteNonQuery(Fill(AppendSql, table), ("run_id", runId), ("source", source), ("now", nowUtc));
        using var command = connection.CreateCommand(Fill(CountsSql, table));
        using var reader = command.ExecuteReader();
        reader.Read();
        long landed = reader.GetInt64(0), appended = reader.GetInt64(1), conflicts = reader.GetInt64(2);
        return new AppendCounts(landed, appended, landed - appended - conflicts, conflicts);
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
