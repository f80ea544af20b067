using Microsoft.Extensions.Logging;

namespace Insights.Etl;

static partial class Log
{
    [LoggerMessage(2001, LogLevel.Information, "Loaded {Source} (run {RunId}): {RowCount} rows, {RejectedCount} quarantined, in {ElapsedMs} ms ({Steps})")]
    public static partial void SourceLoaded(ILogger logger, string source, long runId, long rowCount, long rejectedCount, long elapsedMs,
        string steps);

    [LoggerMessage(2002, LogLevel.Error, "Load of {Source} failed (run {RunId}); the warehouse keeps its last committed state")]
    public static partial void SourceFailed(ILogger logger, Exception exception, string source, long runId);

    [LoggerMessage(2008, LogLevel.Warning, "Load of {Source} stopped (run {RunId}): the process was asked to stop; the warehouse keeps its last committed state")]
    public static partial void SourceStopped(ILogger logger, string source, long runId);

    [LoggerMessage(2006, LogLevel.Warning, "After-load step {Step} failed for run {RunId}; the load stays committed and the step is retried later")]
    public static partial void AfterLoadFailed(ILogger logger, Exception exception, string step, long runId);

    [LoggerMessage(2005, LogLevel.Information, "Scheduled the load of {Source}: {Schedule}")]
    public static partial void LoadScheduled(ILogger logger, string source, string schedule);

    [LoggerMessage(2007, LogLevel.Warning, "Publish after run {RunId} failed; the previous publication stays current and the next load publishes again")]
    public static partial void PublishFailed(ILogger logger, Exception exception, long runId);

    [LoggerMessage(2020, LogLevel.Information, "Enqueued {Count} partition jobs of plan {PlanId} on the extract queue")]
    public static partial void PartitionsEnqueued(ILogger logger, int count, string planId);

    [LoggerMessage(2022, LogLevel.Warning, "Requeued {Count} partition jobs of plan {PlanId}: enqueued for {Stall} with none of the plan's jobs processing (a worker that fetched them and stalled hides them from the others)")]
    public static partial void PartitionsRequeued(ILogger logger, int count, string planId, TimeSpan stall);

    [LoggerMessage(2021, LogLevel.Information, "Landed {Count} batches ({RowCount} rows) of plan {PlanId} from the staging folder")]
    public static partial void BatchesLanded(ILogger logger, int count, long rowCount, string planId);
}
