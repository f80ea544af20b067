namespace Insights.Etl.Jobs;

/// <summary>The Hangfire distributed-lock resource every warehouse writer takes, so two loads never run at once.</summary>
public static class WarehouseLock
{
    /// <summary>Lock resource name.</summary>
    public const string Name = "warehouse-writer";

    /// <summary>How long a job waits for the lock before failing into its retry policy.</summary>
    public const int TimeoutSeconds = 15 * 60;
}
