using Microsoft.Extensions.Logging;

namespace Insights.Warehouse;

static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "Applied migration {Name}")]
    public static partial void MigrationApplied(ILogger logger, string name);

    [LoggerMessage(1002, LogLevel.Debug, "Built model {Model} in {ElapsedMs} ms")]
    public static partial void ModelBuilt(ILogger logger, string model, long elapsedMs);

    [LoggerMessage(1009, LogLevel.Debug, "Skipped model {Model}: none of its inputs changed in this load")]
    public static partial void ModelSkipped(ILogger logger, string model);

    [LoggerMessage(1005, LogLevel.Debug, "Ran data check {Check} in {ElapsedMs} ms: {Failing} failing rows")]
    public static partial void CheckRan(ILogger logger, string check, long elapsedMs, long failing);

    [LoggerMessage(1003, LogLevel.Information, "Published {Name} (run {RunId}): {Tables} tables, {Rows} rows in {ElapsedMs} ms; {Removed} old publications removed")]
    public static partial void Published(ILogger logger, string name, long runId, int tables, long rows, long elapsedMs, int removed);

    [LoggerMessage(1004, LogLevel.Warning, "Could not remove the unfinished publication {Folder}; the next publish removes it")]
    public static partial void PublishLeftover(ILogger logger, Exception exception, string folder);
}
