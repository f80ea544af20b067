using Hangfire;

namespace Insights.Etl.Jobs;

/// <summary>Hangfire job: loads one source into the warehouse (the work is in <see cref="EtlRunner"/>).</summary>
[Queue(JobQueues.Warehouse)]
[DisableConcurrentExecution(WarehouseLock.Name, WarehouseLock.TimeoutSeconds)]
[AutomaticRetry(Attempts = 3, DelaysInSeconds = [60, 300, 900], ExceptOn = [typeof(SourceContractException)])]
public sealed class LoadSourceJob(EtlRunner runner)
{
    /// <summary>
    /// Loads what changed in <paramref name="source"/> (everything when <paramref name="full"/>); <paramref name="trigger"/> says
    /// why (startup, schedule, manual).
    /// </summary>
    public void Run(string source, string trigger, bool full, CancellationToken cancellationToken) =>
        runner.Run(source, trigger, cancellationToken, full);
}
