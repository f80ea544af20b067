namespace Insights.Etl.Jobs;

/// <summary>Hangfire queue names.</summary>
public static class JobQueues
{
    /// <summary>Jobs that write the warehouse; only the process that owns the DuckDB file serves this queue.</summary>
    public const string Warehouse = "warehouse";

    /// <summary>All queues the site's own server serves, in priority order.</summary>
    public static string[] ServedBySite { get; } = [Warehouse, "default"];
}
