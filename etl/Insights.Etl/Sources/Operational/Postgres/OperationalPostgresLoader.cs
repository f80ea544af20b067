using DuckDB.NET.Data;
using Insights.Etl.Sources.Landing;
using Insights.Warehouse;
using Insights.Etl.Jobs;
using Insights.Etl.Sources.Operational.Staged;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Insights.Etl.Sources.Operational.Postgres;

/// <summary>
/// Loads the operational source from PostgreSQL. The tables are exported as CSV on <see cref="OperationalSourceOptions.ExtractConnections"/>
/// connections sharing one snapshot (<see cref="SnapshotCsvExport"/>) into a folder beside the warehouse file, and each file
/// is landed by DuckDB's CSV reader as soon as it is complete, while the next ones are still coming (nothing materialised in
/// memory, no row-by-row INSERT). Only rows changed since the table's cursor minus the late-commit window are read: rows
/// committed late with an older updated_at are read again, and the landing step skips what it knows.
/// </summary>
/// <remarks>
/// With extraction workers (<paramref name="workers"/>: Hangfire on PostgreSQL and Etl:StagingFolder) the extract is theirs:
/// this process exports a snapshot and keeps it open, plans the partitions, and lands the Parquet batches the workers commit
/// (<see cref="StagedLanding"/>) instead of CSV files of its own; the rest of the load is the same.
/// </remarks>
public sealed class OperationalPostgresLoader(IOptions<EtlOptions> options, DuckDbWarehouse warehouse, TimeProvider clock,
    ExtractQueue? workers = null, ILogger<OperationalPostgresLoader>? logger = null) : ISourceLoader
{
    static readonly string ReadCursorSql = SqlResource.Load<OperationalPostgresLoader>("read_cursor.sql");
    static readonly string WriteCursorSql = SqlResource.Load<OperationalPostgresLoader>("write_cursor.sql");
    static readonly string LandSql = SqlResource.Load<OperationalPostgresLoader>("land_exported_csv.sql");
    static readonly string ColumnsSql = SqlResource.Load<OperationalPostgresLoader>("landing_column_types.sql");

    // which landing column advances each table's cursor, and whose cursor a table reads from
    static readonly Dictionary<string, (string CursorTable, string? CursorColumn)> Cursors = new()
    {
        ["customers"] = ("customers", "updated_at"),
        ["products"] = ("products", "updated_at"),
        ["orders"] = ("orders", "updated_at"),
        ["order_lines"] = ("orders", null),
        ["returns"] = ("returns", "returned_at"),
    };

    /// <inheritdoc />
    public string Source => SourceNames.Operational;

    /// <summary>Where the exported files wait for their landing: beside the warehouse file (it has the room), emptied after each load.</summary>
    public string ExportFolder => warehouse.DatabasePath + ".extract";

    /// <inheritdoc />
    public LoadCounts Load(DuckDBConnection connection, long runId, bool full, CancellationToken cancellationToken)
    {
        var operational = options.Value.Operational;
        var now = clock.GetUtcNow().UtcDateTime;
        OperationalLanding.CreateAll(connection);
        var since = Cursors.Values.Select(c => c.CursorTable).Distinct()
            .ToDictionary(t => t, t => full ? null : ReadCursor(connection, t) - operational.LateCommitWindow);
        if (workers is not null)
            StagedLanding.Land(connection, workers, operational, LandingTables.Operational.ToDictionary(t => t.Name, t => since[Cursors[t.Name].CursorTable]), runId, now,
                logger ?? NullLogger<OperationalPostgresLoader>.Instance, cancellationToken);
        else
            ExtractHere(connection, operational, since, cancellationToken);
        var counts = OperationalLanding.Finish(connection, runId, Source, now, rejectedEarlier: 0);
        foreach (var (table, (_, column)) in Cursors)
            if (column is not null)
                connection.ExecuteNonQuery(WriteCursorSql.Replace("{column}", column, StringComparison.Ordinal)
                        .Replace("{raw}", "raw_" + table, StringComparison.Ordinal),
                    ("source", Source), ("table", table), ("run_id", runId));
        return counts;
    }

    // the single-process extract: CSV files exported by this process on its own snapshot, landed as each completes
    void ExtractHere(DuckDBConnection connection, OperationalSourceOptions operational, Dictionary<string, DateTime?> since,
        CancellationToken cancellationToken)
    {
        // the biggest first, so the small ones fill the other connection meanwhile and land while it still runs
        var queries = LandingTables.Operational.OrderByDescending(t => t == LandingTables.OrderLines).ThenByDescending(t => t == LandingTables.Orders)
            .Select(t => (t.Name, OperationalQueries.Select(t.Name, since[Cursors[t.Name].CursorTable])))
            .ToList();
        DeleteExportFolder();   // what a killed load left behind
        try
        {
            using var export = SnapshotCsvExport.Open(operational.ConnectionString!, operational.ExtractConnections);
            foreach (var file in export.Export(queries, ExportFolder, cancellationToken))
            {
                var table = LandingTables.Operational.Single(t => t.Name == file.Name);
                connection.ExecuteNonQuery(LandSql.Replace("{landing}", table.Landing, StringComparison.Ordinal)
                        .Replace("{columns}", ColumnsStruct(connection, table, file.Columns), StringComparison.Ordinal),
                    ("path", file.Path), ("source_file", "postgres:" + table.Name));
                File.Delete(file.Path);
            }
        }
        finally
        {
            DeleteExportFolder();
        }
    }

    void DeleteExportFolder()
    {
        if (Directory.Exists(ExportFolder)) Directory.Delete(ExportFolder, recursive: true);
    }

    // read_csv's columns: the landing table's first <count> columns as a struct literal; names and types come from DuckDB's
    // catalog of our own landing table, never from input
    static string ColumnsStruct(DuckDBConnection connection, LandingTable table, int count)
    {
        var columns = new List<string>();
        using (var command = connection.CreateCommand(ColumnsSql, ("table", table.Landing)))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) columns.Add($"'{reader.GetString(0).Replace("'", "''")}': '{reader.GetString(1)}'");
        if (count > columns.Count)
            throw new SourceContractException($"The operational query for {table.Name} returns {count} columns; {table.Landing} has {columns.Count}.");
        return "{" + string.Join(", ", columns.Take(count)) + "}";
    }

    static DateTime? ReadCursor(DuckDBConnection connection, string table)
    {
        var value = connection.ExecuteScalar<DateTime?>(ReadCursorSql, ("source", SourceNames.Operational), ("table", table));
        return value;
    }
}
