using Hangfire;
using Hangfire.States;
using Insights.Etl.Sources.Operational.Staged;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Insights.Etl.Jobs;

/// <summary>
/// The owner's side of the extraction workers: enqueues a plan's partition jobs on the extract queue and waits until every
/// batch is committed to the staging folder. Registered only where Hangfire's storage is PostgreSQL and Etl:StagingFolder is
/// set (the site, with <see cref="ExtractionHosting.AddExtractQueue"/>); without it the owner extracts in its own process.
/// </summary>
public sealed class ExtractQueue(IBackgroundJobClient jobs, JobStorage storage, IOptions<EtlOptions> options, TimeProvider clock,
    ILogger<ExtractQueue> logger)
{
    static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    /// <summary>The staging folder the workers write to.</summary>
    public StagingArea Staging { get; } = new(options.Value.StagingFolder
        ?? throw new InvalidOperationException("Etl:StagingFolder is not set: the extraction workers need it."));

    /// <summary>
    /// Enqueues <paramref name="plan"/> and returns its committed manifests once all are in, in plan order. Throws when a job
    /// fails for good (its retries spent, or not retried), after Etl:ExtractTimeout, or when cancelled; the partition jobs still
    /// waiting are then deleted, so no worker does work nobody will load.
    /// </summary>
    public IReadOnlyList<BatchManifest> Extract(IReadOnlyList<ExtractPartition> plan, CancellationToken cancellationToken)
    {
        if (plan.Count == 0) return [];   // nothing changed in any table: no job, nothing to wait for
        var planId = plan[0].PlanId;
        var ids = plan.Select(p => (Partition: p, Job: jobs.Enqueue<ExtractPartitionJob>(JobQueues.Extract,
            job => job.Run(p, CancellationToken.None)))).ToList();
        Log.PartitionsEnqueued(logger, plan.Count, planId);
        var deadline = clock.GetUtcNow() + options.Value.ExtractTimeout;
        var stallTimeout = options.Value.ExtractStallTimeout;
        var lastProgress = clock.GetUtcNow();   // a batch committed, a job processing, or the jobs enqueued again
        var committed = new Dictionary<string, BatchManifest>();
        var done = false;
        try
        {
            while (true)
            {
                foreach (var manifest in Staging.Committed(planId))
                    if (committed.TryAdd(manifest.Batch, manifest)) lastProgress = clock.GetUtcNow();
                var waiting = ids.Where(i => !committed.ContainsKey(i.Partition.Batch)).ToList();
                if (waiting.Count == 0) break;
                var states = new List<string>(waiting.Count);
                var enqueued = new List<string>();
                using (var connection = storage.GetConnection())
                    foreach (var (partition, job) in waiting)
                    {
                        var state = connection.GetStateData(job);
                        if (state is not null && (state.Name == FailedState.StateName || state.Name == DeletedState.StateName))
                            throw new InvalidOperationException($"The extract job {job} of batch {partition.Batch} ended {state.Name.ToLowerInvariant()}" +
                                (state.Data.TryGetValue("ExceptionMessage", out var message) ? $": {message}" : "."));
                        states.Add($"{partition.Batch} {state?.Name.ToLowerInvariant() ?? "unknown"}");
                        if (state?.Name == EnqueuedState.StateName) enqueued.Add(job);
                        else if (state?.Name == ProcessingState.StateName) lastProgress = clock.GetUtcNow();
                    }
                // nothing of the plan processing or committed for the stall timeout while jobs wait: enqueue them again, each only
                // if still enqueued (a worker that fetched one and stalled hides it from every other worker; see EtlOptions)
                if (enqueued.Count > 0 && clock.GetUtcNow() - lastProgress > stallTimeout)
                {
                    foreach (var job in enqueued) jobs.ChangeState(job, new EnqueuedState(JobQueues.Extract), EnqueuedState.StateName);
                    Log.PartitionsRequeued(logger, enqueued.Count, planId, stallTimeout);
                    lastProgress = clock.GetUtcNow();
                    stallTimeout *= 2;   // no worker at all (none started yet) would otherwise add a queue row per job every time
                }
                if (clock.GetUtcNow() > deadline)   // the waiting batches and their jobs' states tell a stalled worker from none
                    throw new TimeoutException($"{waiting.Count} of {plan.Count} batches were not committed within Etl:ExtractTimeout " +
                        $"({options.Value.ExtractTimeout}): is an `insights worker` serving the extract queue of this Hangfire storage? " +
                        $"Waiting: {string.Join(", ", states)}.");
                if (cancellationToken.WaitHandle.WaitOne(Poll)) cancellationToken.ThrowIfCancellationRequested();
            }
            done = true;
            return plan.Select(p => committed[p.Batch]).ToList();
        }
        finally
        {
            if (!done)
                foreach (var (partition, job) in ids.Where(i => !committed.ContainsKey(i.Partition.Batch)))
                    jobs.Delete(job);
        }
    }
}
