using DuckDB.NET.Data;
using Insights.Etl.Jobs;
using Insights.Etl.Sources.Landing;
using Insights.Etl.Sources.Operational.Postgres;
using Insights.Warehouse;
using Microsoft.Extensions.Logging;

namespace Insights.Etl.Sources.Operational.Staged;

/// <summary>
/// The owner's side of a load through the extraction workers, inside the load's transaction: export a snapshot of the source
/// and keep it open, cut the plan (<see cref="ExtractPlan"/>), have the workers write every partition
/// (<see cref="ExtractQueue"/>), then land each committed batch, checked against its manifest, into the landing tables (where the
/// single-process extract lands its CSV files) and record it in etl_loaded_batch. Quarantine, reconciliation, models and checks
/// follow as for any load. The plan's folder is deleted afterwards whatever happened: a failed load plans afresh.
/// </summary>
public static class StagedLanding
{
    static readonly string LandSql = SqlResource.Load(typeof(StagedLanding), "land_batch.sql");
    static readonly string RecordSql = SqlResource.Load(typeof(StagedLanding), "record_loaded_batch.sql");

    /// <summary>Lands the operational source's changed rows (since <paramref name="sinceByTable"/>) through the workers.</summary>
    public static void Land(DuckDBConnection connection, ExtractQueue workers, OperationalSourceOptions operational,
        IReadOnlyDictionary<string, DateTime?> sinceByTable, long runId, DateTime nowUtc, ILogger logger, CancellationToken cancellationToken)
    {
        var staging = workers.Staging;
        staging.DeleteStalePlans();   // one owner, one plan at a time: any other plan folder was left by a killed load
        var planId = StagingArea.NewPlanId(nowUtc);
        // the snapshot lives as long as this transaction: the workers import it, and a worker of a plan whose owner is gone
        // fails at once (SnapshotGoneException) instead of writing a batch nobody loads
        using var snapshot = SnapshotCsvExport.Open(operational.ConnectionString!, 1, importSnapshot: null, exportSnapshot: true);
        try
        {
            var plan = ExtractPlan.Cut(snapshot, planId, sinceByTable, operational.PartitionsPerTable);
            staging.WritePlan(planId, plan);
            var batches = workers.Extract(plan, cancellationToken);
            long rows = 0;
            foreach (var batch in batches)   // plan order: masters first, each table in key order
            {
                cancellationToken.ThrowIfCancellationRequested();
                var table = LandingTables.Operational.Single(t => t.Name == batch.Table);
                var path = Path.Combine(staging.PlanFolder(planId), batch.File);
                var sha = FileInbox.Describe(path).Sha256;
                if (sha != batch.Sha256)
                    throw new InvalidDataException($"Batch {batch.Batch} of plan {planId} does not match its manifest (SHA-256 {sha}, manifest {batch.Sha256}).");
                long landed = connection.ExecuteNonQuery(LandSql.Replace("{landing}", table.Landing, StringComparison.Ordinal),
                    ("path", path), ("source_file", "postgres:" + table.Name));
                if (landed != batch.Rows)
                    throw new InvalidDataException($"Batch {batch.Batch} of plan {planId} landed {landed} rows; its manifest says {batch.Rows}.");
                connection.ExecuteNonQuery(RecordSql, ("plan_id", planId), ("batch_name", batch.Batch), ("table_name", batch.Table),
                    ("key_from", batch.KeyFrom), ("key_to", batch.KeyTo), ("rows_read", batch.Rows), ("sha256", batch.Sha256),
                    ("worker", batch.Worker), ("run_id", runId), ("now", nowUtc));
                rows += landed;
            }
            Log.BatchesLanded(logger, batches.Count, rows, planId);
        }
        finally
        {
            staging.DeletePlan(planId);
        }
    }
}
