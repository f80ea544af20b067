using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Insights.Etl.Jobs;

/// <summary>
/// At start: registers each source's recurring load under a stable id (load:&lt;source&gt;), and, when configured, enqueues the
/// first run as a chain (demo sources, then operational, contacts, complaints), so masters load before the facts that use them.
/// </summary>
sealed class RecurringJobsRegistrar(IRecurringJobManager recurring, IBackgroundJobClient jobs, EtlRunner runner,
    IOptions<EtlOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var sources = runner.Sources.ToList();
        foreach (var source in sources)
            recurring.AddOrUpdate<LoadSourceJob>(JobId(source), JobQueues.Warehouse,
                job => job.Run(source, "schedule", false, CancellationToken.None), options.Value.ScheduleOf(source));

        if (options.Value.RunOnStart)
        {
            var previous = jobs.Enqueue<PrepareDemoSourcesJob>(job => job.Run());
            foreach (var source in sources)
                previous = jobs.ContinueJobWith<LoadSourceJob>(previous, job => job.Run(source, "startup", false, CancellationToken.None));
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The recurring job id of a source's load.</summary>
    public static string JobId(string source) => "load:" + source;
}
