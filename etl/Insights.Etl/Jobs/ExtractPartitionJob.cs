using Hangfire;
using Insights.Etl.Sources.Operational.Postgres;
using Insights.Etl.Sources.Operational.Staged;

namespace Insights.Etl.Jobs;

/// <summary>
/// Hangfire job on the extract queue, run by an extraction worker: writes one partition of the owner's plan as a Parquet batch
/// (the work is in <see cref="BatchWriter"/>). Retried quickly, since the owner waits for it; not retried when the source lacks
/// a table or column, or when the owner's run has ended (its snapshot is gone).
/// </summary>
[Queue(JobQueues.Extract)]
[AutomaticRetry(Attempts = 3, DelaysInSeconds = [1, 5, 15], ExceptOn = [typeof(SourceContractException), typeof(SnapshotGoneException)])]
public sealed class ExtractPartitionJob(BatchWriter writer)
{
    /// <summary>Writes and commits the batch of <paramref name="partition"/>.</summary>
    public void Run(ExtractPartition partition, CancellationToken cancellationToken) => writer.Write(partition, cancellationToken);
}
