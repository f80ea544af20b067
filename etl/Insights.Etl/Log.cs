using Microsoft.Extensions.Logging;

namespace Insights.Etl;

static partial class Log
{
    [LoggerMessage(2001, LogLevel.Information, "Loaded {Source} (run {RunId}): {RowCount} rows, {RejectedCount} quarantined, in {ElapsedMs} ms ({Steps})")]
    public static partial void SourceLoaded(ILogger logger, string source, long runId, long rowCount, long rejectedCount, long elapsedMs,
        string steps);

    [LoggerMessage(2002, LogLevel.Error, "Load of {Source} failed (run {RunId}); the warehouse keeps its last committed state")]
    public static partial void SourceFailed(ILogger logger, Exception exception, string source, long runId);

    [LoggerMessage(2003, LogLevel.Information, "Generated demo sources at scale {Scale} (seed {Seed}) into {Target} in {ElapsedMs} ms")]
    public static partial void DemoGenerated(ILogger logger, double scale, int seed, string target, long elapsedMs);

    [LoggerMessage(2004, LogLevel.Information, "Demo sources already present in {Target}; not generating")]
    public static partial void DemoPresent(ILogger logger, string target);
}
