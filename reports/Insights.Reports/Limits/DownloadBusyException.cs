namespace Insights.Reports.Limits;

/// <summary>
/// The large-download gate (<see cref="DownloadGate"/>) stayed full for the whole wait: other large downloads are streaming.
/// Thrown before the response starts, so the client gets a status and a message, never a cut file.
/// </summary>
public sealed class DownloadBusyException(int streaming, int waitedSeconds)
    : ComputeLimitException($"The server is busy streaming {streaming} other large downloads (waited {waitedSeconds} s): try again in a moment.")
{
    /// <summary>503 Service Unavailable: a temporary state, worth a retry.</summary>
    public override int StatusCode => 503;

    /// <summary>Seconds a client may wait before retrying (the Retry-After header).</summary>
    public int RetryAfterSeconds => Math.Max(1, waitedSeconds);
}
