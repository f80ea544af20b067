using Hangfire;
using Hangfire.Common;
using Insights.Etl;
using Insights.Etl.Jobs;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Site;

/// <summary>
/// The PostgreSQL source goes down in the middle of the site's extract: the run fails cleanly (rolled back, recorded as
/// failed), Hangfire schedules the retry with its back-off, the site keeps serving the last committed state, and once the
/// server is back the retried run completes with the same rows as a clean run. The source runs on a cluster of this test's
/// own, so stopping it leaves the other tests' server alone.
/// </summary>
[Collection(HangfireSiteCollection.Name)]
public sealed class SourceOutageTests : IDisposable
{
    readonly OwnPostgresCluster _cluster = new();
    readonly TempFolder _folder = new();

    sealed class PostgresSite(TempFolder folder, PostgresWarehouse world) : SiteFactory(folder, ownsFolder: false, settings: new Dictionary<string, string?>
    {
        ["Etl:Operational:Kind"] = "Postgres",
        ["Etl:Operational:ConnectionString"] = world.ConnectionString,
        ["Etl:SourcesFolder"] = world.Host.SourcesFolder,
    });

    [Fact]
    public async Task Source_stopped_mid_extract_fails_the_run_cleanly_schedules_a_retry_and_the_retry_equals_a_clean_run()
    {
        // the clean run: the world's own warehouse loads the same source, without an outage
        // the outage is the point, not the scale: the smallest world; and only the operational source (the one that goes down) is
        // loaded before it, by the site and by the clean run alike
        using var world = new PostgresWarehouse(PostgresFixture.At(_cluster.ConnectionString), scale: 0.005, seed: 3);
        var clean = world.Host.Get<EtlRunner>();
        await using var site = new PostgresSite(_folder, world);
        using var http = site.ClientAs(Roles.Admin);
        site.Services.GetRequiredService<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None);
        clean.Run(SourceNames.Operational, "test", CancellationToken.None);
        var before = SitePages.Normalise(await http.GetStringAsync("/"));
        world.Source("update orders set status = 'cancelled', updated_at = now() where order_id % 7 = 0 and status = 'completed'");
        world.Source("update customers set region = 'Islands', updated_at = now() where customer_id % 11 = 0");

        var storage = site.Services.GetRequiredService<JobStorage>();
        string jobId;
        using (var sourceLock = new SourceLock(world.ConnectionString, "order_lines"))
        {
            jobId = site.Services.GetRequiredService<IBackgroundJobClient>()
                .Enqueue<LoadSourceJob>(job => job.Run(SourceNames.Operational, "test", false, CancellationToken.None));
            await sourceLock.WaitForBlockedReaderAsync(TimeSpan.FromMinutes(2));   // the extract is waiting on order_lines
            _cluster.StopImmediately();
        }

        try
        {
            var retry = await HangfireJobs.WaitForStateAsync(storage, jobId, "Scheduled", TimeSpan.FromMinutes(2));
            Assert.Contains("Retry attempt 1 of 3", retry.Reason);
            var delay = JobHelper.DeserializeDateTime(retry.Data["EnqueueAt"]) - JobHelper.DeserializeDateTime(retry.Data["ScheduledAt"]);
            // the first of LoadSourceJob's back-off delays; Hangfire takes the two times a moment apart (59.999 s was seen)
            Assert.Equal(60.0, delay.TotalSeconds, 0.05);
            Assert.Equal("failed", LatestStatus(site, SourceNames.Operational));
            var during = await http.GetAsync("/");
            Assert.Equal(200, (int)during.StatusCode);
            Assert.Equal(before, SitePages.Normalise(await during.Content.ReadAsStringAsync()));   // the last committed state
        }
        finally
        {
            // the server comes back whatever happened above: a failed assertion is then reported, not a cleanup that cannot connect
            _cluster.Start();
        }
        site.Services.GetRequiredService<IBackgroundJobClient>().Requeue(jobId);   // the retry now rather than in a minute
        await HangfireJobs.WaitForStateAsync(storage, jobId, "Succeeded", TimeSpan.FromMinutes(2));
        clean.Run(SourceNames.Operational, "test", CancellationToken.None);

        Assert.Equal("succeeded", LatestStatus(site, SourceNames.Operational));
        await site.DisposeAsync();   // closes the site's warehouse file
        Assert.Equal(WarehouseFingerprint.Of(world.Host.Folder.File("warehouse.duckdb")), WarehouseFingerprint.Of(_folder.File("warehouse.duckdb")));
    }

    static string LatestStatus(SiteFactory site, string source)
    {
        using var connection = site.Services.GetRequiredService<DuckDbWarehouse>().OpenConnection();
        return connection.ExecuteScalar<string>("select status from etl_run where source = $source order by run_id desc limit 1", ("source", source));
    }

    public void Dispose()
    {
        _folder.Dispose();
        _cluster.Dispose();
    }
}
