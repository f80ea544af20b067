using Microsoft.Extensions.Logging;

namespace Insights.Reports.Export;

/// <summary>What a download logs (Reports event ids 32xx).</summary>
static partial class DownloadLog
{
    /// <summary>A download's rows failed after its response had begun; the connection was aborted.</summary>
    [LoggerMessage(EventId = 3201, Level = LogLevel.Error,
        Message = "Download {Report} failed after its response began: the connection was aborted so the client sees a failed transfer")]
    public static partial void AbortedMidBody(ILogger logger, string report, Exception exception);
}
