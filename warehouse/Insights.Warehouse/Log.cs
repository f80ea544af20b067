using Microsoft.Extensions.Logging;

namespace Insights.Warehouse;

static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "Applied migration {Name}")]
    public static partial void MigrationApplied(ILogger logger, string name);

    [LoggerMessage(1002, LogLevel.Debug, "Built model {Model} in {ElapsedMs} ms")]
    public static partial void ModelBuilt(ILogger logger, string model, long elapsedMs);
}
