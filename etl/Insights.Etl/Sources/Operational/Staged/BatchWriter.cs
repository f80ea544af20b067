using DuckDB.NET.Data;
using Insights.Etl.Sources.Operational.Postgres;
using Insights.Warehouse;
using Microsoft.Extensions.Options;

namespace Insights.Etl.Sources.Operational.Staged;

/// <summary>
/// A worker's side of a partition job: reads the partition from PostgreSQL in the owner's snapshot (COPY to CSV, as the
/// single-process extract does), turns it into one Parquet file with DuckDB (typed by the table's column list), and commits it
/// to the staging folder with its manifest (<see cref="StagingArea.Commit"/>). A retried job whose batch is already committed
/// does nothing; one whose earlier attempt died first removes what that attempt left.
/// </summary>
public sealed class BatchWriter(IOptions<EtlOptions> options, ExtractWorkerIdentity identity, TimeProvider clock)
{
    static readonly string WriteSql = SqlResource.Load<BatchWriter>("write_batch.sql");
    static readonly string RowsSql = SqlResource.Load<BatchWriter>("batch_rows.sql");

    /// <summary>Writes and commits the batch of <paramref name="partition"/>; returns its manifest.</summary>
    /// <exception cref="SnapshotGoneException">The owner's run has ended: the batch would never be loaded.</exception>
    public BatchManifest Write(ExtractPartition partition, CancellationToken cancellationToken)
    {
        var etl = options.Value;
        if (string.IsNullOrWhiteSpace(etl.StagingFolder))
            throw new InvalidOperationException("Etl:StagingFolder is not set: a worker writes its batches there.");
        if (string.IsNullOrWhiteSpace(etl.Operational.ConnectionString))
            throw new InvalidOperationException("Etl:Operational:ConnectionString is not set: a worker reads the operational database.");
        var staging = new StagingArea(etl.StagingFolder);
        if (staging.Committed(partition) is { } done) return done;   // an attempt committed it before its worker died
        staging.DeleteUncommitted(partition);
        Directory.CreateDirectory(staging.PlanFolder(partition.PlanId));

        var csvName = Path.GetFileName(staging.TemporaryPath(partition, ""));   // the export adds .csv
        var parquet = staging.TemporaryPath(partition, ".parquet");
        string? csv = null;
        try
        {
            using (var export = SnapshotCsvExport.Open(etl.Operational.ConnectionString, 1, partition.Snapshot, exportSnapshot: false))
            {
                var file = export.Export([(csvName, ExtractPlan.Select(partition))], staging.PlanFolder(partition.PlanId), cancellationToken).Single();
                csv = file.Path;
            }
            cancellationToken.ThrowIfCancellationRequested();
            long rows;
            // the worker has no warehouse: an in-memory DuckDB of its own only converts the file
            using (var duck = new DuckDBConnection("Data Source=:memory:"))
            {
                duck.Open();
                duck.ExecuteNonQuery(WriteSql.Replace("{columns}", ColumnsStruct(partition.Table), StringComparison.Ordinal)
                    .Replace("{target}", Quoted(parquet), StringComparison.Ordinal), ("path", csv));
                rows = duck.ExecuteScalar<long>(RowsSql, ("path", parquet));
            }
            var sha = FileInbox.Describe(parquet).Sha256;
            var manifest = new BatchManifest(partition.PlanId, partition.Table, partition.Part, partition.Batch + ".parquet", rows, sha,
                partition.KeyFrom, partition.KeyTo, partition.SinceUtcTicks, identity.Name, clock.GetUtcNow().UtcDateTime);
            staging.Commit(partition, parquet, manifest);
            return manifest;
        }
        finally
        {
            // a failure that lets us clean up does; a killed process leaves these for the next attempt (DeleteUncommitted)
            if (csv is not null) File.Delete(csv);
            File.Delete(parquet);
        }
    }

    // read_csv's columns: the table's column list (names and types of ours, from <table>_columns.sql) as a struct literal
    static string ColumnsStruct(string table) =>
        "{" + string.Join(", ", OperationalLanding.Columns(table).Columns.Select(c => $"{Quoted(c.Name)}: {Quoted(c.Type)}")) + "}";

    // COPY ... TO takes no parameter for its target: the path is ours (staging folder, plan id, batch name, a guid), quoted
    static string Quoted(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
