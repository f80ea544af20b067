using System.Data.Common;
using DuckDB.NET.Data;

namespace Insights.Warehouse.Status;

/// <summary>Freshness of each source (latest run, latest success).</summary>
public sealed record SourceFreshness(string Source, string LastStatus, DateTimeOffset LastStartedAt, string? LastError,
    DateTimeOffset? LastSuccessAt, long? LastSuccessRows);

/// <summary>Row count of one star-schema table.</summary>
public sealed record TableCount(string Table, long Rows);

/// <summary>One ETL run (one source, one trigger).</summary>
public sealed record EtlRun(long RunId, string Source, string Trigger, string Status, DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt, long? RowsRead, long? RowsLoaded, long? RowsRejected, string? Error, long? RowsSkipped, bool IsFull,
    long CountChecks, string? FailedChecks)
{
    /// <summary>Wall time of the run, when it has finished.</summary>
    public TimeSpan? Duration => FinishedAt - StartedAt;
}

/// <summary>What the warehouse holds and how fresh it is: read by the home page, the runs page and `etl status`.</summary>
public sealed class WarehouseStatusQuery(DuckDbWarehouse warehouse)
{
    static readonly string FreshnessSql = SqlResource.Load<WarehouseStatusQuery>("freshness.sql");
    static readonly string TableCountsSql = SqlResource.Load<WarehouseStatusQuery>("table_counts.sql");
    static readonly string RecentRunsSql = SqlResource.Load<WarehouseStatusQuery>("recent_runs.sql");

    /// <summary>Latest and latest successful run per source.</summary>
    public IReadOnlyList<SourceFreshness> Freshness()
    {
        using var connection = warehouse.OpenConnection();
        return Freshness(connection);
    }

    /// <summary>
    /// Latest and latest successful run per source, read on <paramref name="connection"/> (inside the caller's transaction, so
    /// a page's other numbers and these come from one committed state).
    /// </summary>
    public IReadOnlyList<SourceFreshness> Freshness(DuckDBConnection connection) => StatusRows.Read(connection, FreshnessSql, [],
        r => new SourceFreshness(r.GetString(0), r.GetString(1), ToOffset(r.GetValue(2))!.Value, r.IsDBNull(3) ? null : r.GetString(3),
            ToOffset(r.GetValue(4)), r.IsDBNull(5) ? null : r.GetInt64(5)));

    /// <summary>Row counts of the star-schema tables (current customer versions only).</summary>
    public IReadOnlyList<TableCount> TableCounts()
    {
        using var connection = warehouse.OpenConnection();
        return TableCounts(connection);
    }

    /// <summary>Row counts of the star-schema tables, read on <paramref name="connection"/> (see <see cref="Freshness(DuckDBConnection)"/>).</summary>
    public IReadOnlyList<TableCount> TableCounts(DuckDBConnection connection) =>
        StatusRows.Read(connection, TableCountsSql, [], r => new TableCount(r.GetString(0), r.GetInt64(1)));

    /// <summary>The newest runs, optionally of one source.</summary>
    public IReadOnlyList<EtlRun> RecentRuns(int limit = 50, string? source = null) =>
        Read(RecentRunsSql, [("source", source), ("limit", limit)], r => new EtlRun(
            r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), ToOffset(r.GetValue(4))!.Value, ToOffset(r.GetValue(5)),
            NullableLong(r, 6), NullableLong(r, 7), NullableLong(r, 8), r.IsDBNull(9) ? null : r.GetString(9),
            NullableLong(r, 10), r.GetBoolean(11), r.GetInt64(12), r.IsDBNull(13) ? null : r.GetString(13)));

    IReadOnlyList<T> Read<T>(string sql, (string, object?)[] parameters, Func<DbDataReader, T> map) =>
        StatusRows.Read(warehouse, sql, parameters, map);

    static long? NullableLong(DbDataReader reader, int ordinal) => StatusRows.NullableLong(reader, ordinal);

    static DateTimeOffset? ToOffset(object value) => StatusRows.ToOffset(value);
}
