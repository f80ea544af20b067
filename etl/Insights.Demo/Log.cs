using Microsoft.Extensions.Logging;

namespace Insights.Demo;

// event ids stay in the ETL's 2xxx range: the demo generator writes the ETL's sources, and the ids were 2003/2004 before it moved
static partial class Log
{
    [LoggerMessage(2003, LogLevel.Information, "Generated demo sources at scale {Scale} (seed {Seed}) into {Target} in {ElapsedMs} ms")]
    public static partial void DemoGenerated(ILogger logger, double scale, int seed, string target, long elapsedMs);

    [LoggerMessage(2004, LogLevel.Information, "Demo sources already present in {Target}; not generating")]
    public static partial void DemoPresent(ILogger logger, string target);
}
