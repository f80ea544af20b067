namespace Insights.Etl.Jobs;

/// <summary>Hangfire queue names.</summary>
public static class JobQueues
{
    /// <summary>Jobs that write the warehouse; only the process that owns the DuckDB file serves this queue.</summary>
    public const string Warehouse = "warehouse";

    /// <summary>
    /// Partition jobs of the extraction workers (`insights worker`): reading the operational source into Parquet batches. Only
    /// workers serve it; the owner enqueues the jobs and loads the batches.
    /// </summary>
    public const string Extract = "extract";

    /// <summary>All queues the site's own server serves, in priority order.</summary>
    public static string[] ServedBySite { get; } = [Warehouse, "default"];
}
