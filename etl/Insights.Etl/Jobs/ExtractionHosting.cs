using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Insights.Etl.Sources.Operational.Staged;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Insights.Etl.Jobs;

/// <summary>
/// Hangfire on PostgreSQL for the extraction workers: the storage the owner and the workers share, the owner's
/// <see cref="ExtractQueue"/>, and a worker host's job server, which serves the extract queue only.
/// </summary>
public static class ExtractionHosting
{
    /// <summary>
    /// Hangfire's PostgreSQL storage (schema "hangfire"), polled every second. The invisibility timeout slides (a running job keeps renewing it), so a
    /// job whose process died is fetched again after <paramref name="invisibilityTimeout"/> (five minutes unless given), however
    /// long a live job runs. The fetching process's own value counts: a worker's decides when it takes over a dead worker's job.
    /// </summary>
    public static PostgreSqlStorage PostgresStorage(string connectionString, TimeSpan? invisibilityTimeout = null)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            // the default (15 s) would add up to 15 s per step of the start-up chain, and to every partition job's start
            QueuePollInterval = TimeSpan.FromSeconds(1),
            // no LISTEN/NOTIFY (EnableLongPolling): each fetch then starts a listener and, once it has a job, cancels the listener's
            // NpgsqlConnection.WaitAsync and waits for it, a cancellation that can deadlock (npgsql/npgsql#5975). The worker thread
            // then holds a fetched job that is never run, and the sliding invisibility timeout keeps it from every other worker: two
            // CI runs saw a partition job, and a start-up load, "enqueued" for minutes with idle workers (Hangfire.PostgreSql#410 is
            // the same symptom). Polling every second costs an idle worker one small query a second.
            EnableLongPolling = false,
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = invisibilityTimeout ?? TimeSpan.FromMinutes(5),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }

    /// <summary>The owner's side: partition jobs enqueued on the extract queue (the host registers Hangfire's storage and client).</summary>
    public static IServiceCollection AddExtractQueue(this IServiceCollection services) => services.AddSingleton<ExtractQueue>();

    /// <summary>
    /// An owner without a job server of its own (`insights etl run`): Hangfire's client on the PostgreSQL storage at
    /// <paramref name="hangfireConnectionString"/>, and the <see cref="ExtractQueue"/> its loads enqueue the partitions on.
    /// </summary>
    public static IHostApplicationBuilder AddExtractQueueClient(this IHostApplicationBuilder builder, string hangfireConnectionString)
    {
        builder.Services.AddSingleton<JobStorage>(_ => PostgresStorage(hangfireConnectionString));
        AddHangfire(builder.Services);
        builder.Services.AddExtractQueue();
        return builder;
    }

    /// <summary>
    /// A worker host: Hangfire on the PostgreSQL storage at <paramref name="hangfireConnectionString"/>, with a job server of
    /// <paramref name="workerCount"/> workers serving only the extract queue, and the partition job. It never opens a warehouse.
    /// </summary>
    public static IHostApplicationBuilder AddExtractionWorker(this IHostApplicationBuilder builder, string hangfireConnectionString,
        int workerCount, TimeSpan? invisibilityTimeout = null)
    {
        var identity = ExtractWorkerIdentity.ForThisHost();
        builder.Services.AddSingleton(identity);
        builder.Services.AddSingleton<BatchWriter>();
        builder.Services.AddTransient<ExtractPartitionJob>();
        // the host's own storage and activator, not Hangfire's process-wide statics (two hosts in one process, as in the tests)
        builder.Services.AddSingleton<JobStorage>(_ => PostgresStorage(hangfireConnectionString, invisibilityTimeout));
        builder.Services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        AddHangfire(builder.Services);
        builder.Services.AddHangfireServer(o =>
        {
            o.WorkerCount = workerCount;
            o.Queues = [JobQueues.Extract];
            o.ServerName = "worker:" + identity.Name;
            o.SchedulePollingInterval = TimeSpan.FromSeconds(1);   // the retries of a failed attempt come seconds later
        });
        return builder;
    }

    // as the site configures it: the same job serialisation on every process that shares the storage
    internal static void AddHangfire(IServiceCollection services) => services.AddHangfire(config => config
        .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
        .UseSimpleAssemblyNameTypeSerializer()
        .UseRecommendedSerializerSettings());
}
