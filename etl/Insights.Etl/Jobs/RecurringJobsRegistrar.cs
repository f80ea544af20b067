using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Insights.Etl.Jobs;

/// <summary>
/// At start: registers each source's recurring load under a stable id (load:&lt;source&gt;), and, when configured, enqueues the
/// first run as a chain (the registered <see cref="StartupJob"/>s such as the demo sources, then operational, contacts,
/// complaints), so masters load before the facts that use them.
/// </summary>
sealed class RecurringJobsRegistrar(IRecurringJobManager recurring, IBackgroundJobClient jobs, EtlRunner runner,
    IOptions<EtlOptions> options, IEnumerable<StartupJob> startupJobs, TimeProvider clock, ILogger<RecurringJobsRegistrar> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var sources = runner.Sources.ToList();
        foreach (var source in sources)
        {
            var cron = options.Value.ScheduleOf(source);
            recurring.AddOrUpdate<LoadSourceJob>(JobId(source), JobQueues.Warehouse,
                job => job.Run(source, "schedule", false, CancellationToken.None), cron);
            Log.LoadScheduled(logger, source, CronSchedule.Describe(cron, clock.GetUtcNow()));
        }

        if (options.Value.RunOnStart)
        {
            string? previous = null;
            foreach (var startup in startupJobs)
                previous = startup.Enqueue(jobs, previous);
            foreach (var source in sources)
                previous = previous is null
                    ? jobs.Enqueue<LoadSourceJob>(job => job.Run(source, "startup", false, CancellationToken.None))
                    : jobs.ContinueJobWith<LoadSourceJob>(previous, job => job.Run(source, "startup", false, CancellationToken.None));
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The recurring job id of a source's load.</summary>
    public static string JobId(string source) => "load:" + source;
}
