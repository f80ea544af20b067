using Hangfire;
using Insights.Etl.Jobs;

namespace Insights.Demo;

/// <summary>Hangfire job: generates the demo sources on first start (the work is in <see cref="DemoSourcePreparer"/>).</summary>
[Queue(JobQueues.Warehouse)]
// retried: in docker compose the database may still be starting; the load chain waits for this job to succeed
[AutomaticRetry(Attempts = 3, DelaysInSeconds = [10, 60, 300])]
public sealed class PrepareDemoSourcesJob(DemoSourcePreparer preparer)
{
    /// <summary>Generates the demo world if enabled and the sources are empty.</summary>
    public void Run() => preparer.EnsureDemoSources();
}
