using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Insights.Etl.Jobs;

/// <summary>
/// Hangfire for the process that owns the warehouse file: the site, or `insights etl serve` without it. Both get the same
/// storage, job serialisation and job server (the warehouse queue), so a schedule behaves the same in either.
/// </summary>
public static class OwnerHosting
{
    /// <summary>
    /// Hangfire's storage (PostgreSQL when Hangfire:PostgresConnectionString is set, else in memory), its client, and the job
    /// activator, each this host's own singleton. Hangfire's defaults are process-wide statics (JobStorage.Current,
    /// JobActivator.Current) that the last host to start overwrites, so two hosts in one process (the test suite's sites)
    /// would run each other's jobs against each other's warehouses.
    /// </summary>
    public static HangfireOptions AddJobStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HangfireOptions>().BindConfiguration(HangfireOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var hangfire = builder.Configuration.GetSection(HangfireOptions.Section).Get<HangfireOptions>() ?? new HangfireOptions();
        builder.Services.AddSingleton<JobStorage>(_ => string.IsNullOrWhiteSpace(hangfire.PostgresConnectionString)
            ? new InMemoryStorage()
            : ExtractionHosting.PostgresStorage(hangfire.PostgresConnectionString));
        builder.Services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        ExtractionHosting.AddHangfire(builder.Services);
        return hangfire;
    }

    /// <summary>
    /// The owner's job server: it serves the warehouse queue (this process owns the DuckDB file), the load jobs and their
    /// schedules (<see cref="EtlHostingExtensions.AddEtlJobs"/>), and, with Etl:StagingFolder, the extract queue's client for
    /// the extraction workers (docs/scale.md), which reach the jobs through PostgreSQL storage only.
    /// </summary>
    public static IHostApplicationBuilder AddOwnerJobServer(this IHostApplicationBuilder builder, HangfireOptions hangfire)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration["Etl:StagingFolder"]))
        {
            if (string.IsNullOrWhiteSpace(hangfire.PostgresConnectionString))
                throw new InvalidOperationException("Etl:StagingFolder (extraction workers) needs Hangfire:PostgresConnectionString: " +
                    "the workers take their jobs from Hangfire's PostgreSQL storage, which in-memory storage cannot share. Set it, or " +
                    "unset Etl:StagingFolder to extract in this process.");
            builder.Services.AddExtractQueue();
        }
        builder.AddEtlJobs();
        builder.Services.AddHangfireServer(o =>
        {
            o.WorkerCount = hangfire.WorkerCount;
            o.Queues = JobQueues.ServedBySite;
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
        });
        return builder;
    }
}
