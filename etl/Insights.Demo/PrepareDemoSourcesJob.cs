using Hangfire;
using Insights.Etl.Jobs;
using Insights.Warehouse;
using Microsoft.Extensions.Logging;

namespace Insights.Demo;

/// <summary>Hangfire job: generates the demo sources on first start (the work is in <see cref="DemoSourcePreparer"/>).</summary>
[Queue(JobQueues.Warehouse)]
// retried: in docker compose the database may still be starting; the load chain waits for this job to succeed
[AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 60, 300])]
public sealed partial class PrepareDemoSourcesJob(DemoSourcePreparer preparer, DuckDbWarehouse warehouse, ILogger<PrepareDemoSourcesJob> logger)
{
    /// <summary>
    /// Generates the demo world if enabled, the sources are empty and the warehouse was never loaded: a site started on a
    /// loaded warehouse whose sources folder is empty (the real sources elsewhere, or not yet configured) must not load a
    /// made-up world into it.
    /// </summary>
    public void Run()
    {
        using (var connection = warehouse.OpenConnection())
            if (connection.ExecuteScalar<long>("select count(*) from etl_run where status = 'succeeded'") > 0)
            {
                WarehouseLoaded(logger);
                return;
            }
        preparer.EnsureDemoSources();
    }

    [LoggerMessage(EventId = 2104, Level = LogLevel.Information,
        Message = "No demo sources generated: the warehouse has been loaded before (Demo:GenerateOnFirstStart applies to a new warehouse only)")]
    static partial void WarehouseLoaded(ILogger logger);
}
