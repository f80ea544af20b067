using System.Text.Json;
using DuckDB.NET.Data;
using Hangfire;
using Insights.Etl;
using Insights.Etl.Jobs;
using Insights.Etl.Sources;
using Insights.Etl.Sources.Operational.Staged;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Etl.Sources.Operational.Staged;

/// <summary>
/// Extraction workers on Hangfire + PostgreSQL: an owner (a warehouse host with the extract queue) plans the operational
/// source's partitions and loads the batches that worker hosts (each its own Hangfire server on the extract queue) commit to the
/// staging folder. The result must equal a single-process load of the same source, row for row.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ExtractionWorkersTests : IClassFixture<ExtractionWorkersTests.LoadedOperationalWorld>, IDisposable
{
    /// <summary>
    /// The world generated and its operational source loaded in one process once for the class: the single-process load every
    /// test compares with, copied per test (warehouse file and source database) instead of generated and loaded again.
    /// </summary>
    public sealed class LoadedOperationalWorld() : LoadedPostgresWorld(0.005, seed: 17, onlySource: SourceNames.Operational);

    readonly PostgresWarehouse _world;
    readonly TestDatabase _jobs;
    readonly TempFolder _folder = new();
    readonly List<Action> _hosts = [];   // disposes each host, the last started first

    public ExtractionWorkersTests(PostgresFixture postgres, LoadedOperationalWorld loaded)
    {
        _world = loaded.Copy();   // the operational source loaded in one process, as a single-process run leaves it
        _jobs = postgres.CreateDatabase();   // Hangfire's storage, shared by the owner and the workers
    }

    string Staging => _folder.File("staging");

    [Fact]
    public void Two_workers_and_an_owner_load_what_a_single_process_loads_row_for_row()
    {
        // what the single-process load of the copied world read, loaded and refused
        var single = _world.Host.Rows("select rows_read, rows_loaded, rows_rejected from etl_run where source = 'operational'").Single();
        var owner = Owner();
        var (first, second) = (Worker(), Worker());

        var staged = owner.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None);

        Assert.Equal(Fingerprint(_world.Host), Fingerprint(owner));
        Assert.Equal((Convert.ToInt64(single[0]), Convert.ToInt64(single[1]), Convert.ToInt64(single[2])),
            (staged.Counts.Read, staged.Counts.Loaded, staged.Counts.Rejected));
        // every batch loaded once, by a worker, summing to what the run read; five tables in two key ranges each
        Assert.Equal(10L, owner.Scalar<long>("select count(*) from etl_loaded_batch"));
        Assert.Equal(staged.Counts.Read, owner.Scalar<long>("select sum(rows_read)::bigint from etl_loaded_batch"));
        var workers = owner.Rows("select distinct worker from etl_loaded_batch").Select(r => (string)r[0]!).ToList();
        Assert.All(workers, w => Assert.Contains(w, new[] { first.Name, second.Name }));
        Assert.Empty(Directory.GetFileSystemEntries(Staging));   // the plan's folder is gone once loaded

        // an incremental load through the workers: only the change, as in one process
        _world.Source("""
            insert into orders values (900000001, 1, now() - interval '1 hour', 'web', 'completed', now());
            insert into order_lines values (900000001, 1, 1, 2, 10.00, 1.00), (900000001, 2, 2, 1, 5.50, 0);
            update customers set region = 'north', updated_at = now() where customer_id = 2;
            """);
        _world.Host.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None);
        var change = owner.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None);

        Assert.Equal(4, change.Counts.Loaded);   // the order, its two lines, the customer's new version
        Assert.Equal(Fingerprint(_world.Host), Fingerprint(owner));
        // a plan with no partition (no table changed) enqueues nothing and waits for nothing
        Assert.Empty(owner.Get<ExtractQueue>().Extract([], CancellationToken.None));
    }

    [Fact]
    public async Task What_killed_workers_and_a_killed_owner_left_in_the_staging_folder_is_never_loaded()
    {
        // a plan whose owner died after a worker committed a batch: a whole, valid batch with its manifest, of rows that
        // would show (an order nobody placed)
        var stalePlan = Path.Combine(Staging, "20260101T000000000Z-0badf00d");
        Directory.CreateDirectory(stalePlan);
        WriteParquet(Path.Combine(stalePlan, "orders-0000.parquet"));
        File.WriteAllText(Path.Combine(stalePlan, "orders-0000.manifest.json"), "{}");
        var owner = Owner();

        // the owner plans and waits: no worker runs yet
        var load = Task.Run(() => owner.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None));
        var plan = await PlanAsync(load);
        Assert.False(Directory.Exists(stalePlan));
        // a worker killed while writing order_lines-0000 (its temporary CSV and Parquet), and one killed between renaming its
        // Parquet file and writing the manifest (a valid file of wrong rows under the batch's name)
        var planFolder = Path.Combine(Staging, plan[0].PlanId);
        File.WriteAllText(Path.Combine(planFolder, ".order_lines-0000.0123456789abcdef.csv"), "1,1,1,");
        File.WriteAllBytes(Path.Combine(planFolder, ".order_lines-0000.0123456789abcdef.parquet"), [0x50, 0x41, 0x52]);
        WriteParquet(Path.Combine(planFolder, "orders-0001.parquet"));
        Assert.False(load.IsCompleted);

        Worker();   // Hangfire's retry of the killed attempts: a worker takes the jobs
        var result = await load;

        Assert.Equal("succeeded", result.Status);
        Assert.Equal(Fingerprint(_world.Host), Fingerprint(owner));
        Assert.Equal(0L, owner.Scalar<long>("select count(*) from raw_orders where order_id = 999999999"));
        Assert.Equal(1L, owner.Scalar<long>("select count(distinct plan_id) from etl_loaded_batch"));
        Assert.Empty(Directory.GetFileSystemEntries(Staging));
    }

    [Fact]
    public async Task Jobs_a_stalled_worker_fetched_are_enqueued_again_and_the_load_completes()
    {
        var owner = Owner(extractTimeout: "00:02:00", stallTimeout: "00:00:02");
        var load = Task.Run(() => owner.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None));
        await PlanAsync(load);
        // a worker that fetched every job of the plan and stalled: Hangfire.PostgreSql hides a fetched job from the other
        // workers for its invisibility timeout (5 minutes), so without the owner enqueueing them again the load waits that long
        await using (var jobs = new Npgsql.NpgsqlConnection(_jobs.ConnectionString))
        {
            await jobs.OpenAsync();
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (await Scalar(jobs, "select count(*) from hangfire.jobqueue where queue = 'extract'") < 10 && DateTime.UtcNow < deadline)
                await Task.Delay(50);
            Assert.Equal(10L, await Scalar(jobs, """
                with fetched as (
                    update hangfire.jobqueue set fetchedat = now() at time zone 'utc' where queue = 'extract' returning 1
                )
                select count(*) from fetched
                """));
        }

        Worker();
        var result = await load;

        Assert.Equal("succeeded", result.Status);
        Assert.Equal(Fingerprint(_world.Host), Fingerprint(owner));
        Assert.Equal(10L, owner.Scalar<long>("select count(*) from etl_loaded_batch"));   // each batch loaded once
    }

    static async Task<long> Scalar(Npgsql.NpgsqlConnection connection, string sql)
    {
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    [Fact]
    public void The_owner_fails_the_load_when_no_worker_commits_in_time_and_withdraws_its_jobs()
    {
        var owner = Owner(extractTimeout: "00:00:02");

        var failure = Assert.Throws<TimeoutException>(() =>
            owner.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None));

        Assert.Contains("insights worker", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Waiting: customers-0000 enqueued, customers-0001 enqueued,", failure.Message, StringComparison.Ordinal);   // what waits, and where
        Assert.Equal(0L, owner.Scalar<long>("select count(*) from raw_orders"));
        Assert.Equal("failed", owner.Scalar<string>("select status from etl_run order by run_id desc limit 1"));
        // the waiting partition jobs were deleted, so a worker that starts later does nothing for a load that is over
        var storage = owner.Get<JobStorage>();
        Assert.Equal(10L, storage.GetMonitoringApi().DeletedListCount());   // five tables in two key ranges each
        Assert.Empty(Directory.GetFileSystemEntries(Staging));
    }

    // a valid Parquet batch of one order nobody placed
    static void WriteParquet(string path)
    {
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        duck.ExecuteNonQuery($"""
            copy (select 999999999::bigint as order_id, 1 as customer_id, timestamp '2026-01-01 10:00:00' as ordered_at, 'web' as channel,
                         'completed' as status, timestamp '2026-01-01 10:00:00' as updated_at)
            to '{path.Replace("'", "''", StringComparison.Ordinal)}' (format parquet)
            """);
    }

    async Task<List<ExtractPartition>> PlanAsync(Task load)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline && !load.IsCompleted)
        {
            var plans = Directory.Exists(Staging) ? Directory.GetFiles(Staging, "plan.json", SearchOption.AllDirectories) : [];
            if (plans.Length == 1)
                return JsonSerializer.Deserialize<List<ExtractPartition>>(await File.ReadAllTextAsync(plans[0]), JsonSerializerOptions.Web)!;
            await Task.Delay(50);
        }
        await load;   // the load's own failure says more than a timeout
        throw new TimeoutException("the owner wrote no plan");
    }

    // generous: these tests check what is loaded, not how fast; one worker writes ten batches in turn, and on a loaded CI
    // machine (the whole suite beside it) nine of them once took the minute this used to be
    WarehouseHost Owner(string extractTimeout = "00:05:00", string stallTimeout = "00:00:30")
    {
        var host = new WarehouseHost(_folder, new Dictionary<string, string?>
        {
            ["Warehouse:DatabasePath"] = _folder.File($"owner-{_hosts.Count}.duckdb"),
            ["Etl:Operational:Kind"] = "Postgres",
            ["Etl:Operational:ConnectionString"] = _world.ConnectionString,
            ["Etl:Operational:PartitionsPerTable"] = "2",
            ["Etl:StagingFolder"] = Staging,
            ["Etl:ExtractTimeout"] = extractTimeout,
            ["Etl:ExtractStallTimeout"] = stallTimeout,
        }, services =>
        {
            // what `insights etl run` adds with Etl:StagingFolder (ExtractionHosting.AddExtractQueueClient)
            services.AddSingleton<JobStorage>(_ => ExtractionHosting.PostgresStorage(_jobs.ConnectionString));
            services.AddHangfire(c => c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings());
            services.AddExtractQueue();
        });
        _hosts.Add(host.Dispose);
        return host;
    }

    ExtractionWorkerHost Worker()
    {
        var worker = new ExtractionWorkerHost(_world.ConnectionString, _jobs.ConnectionString, Staging);
        _hosts.Add(worker.Dispose);
        return worker;
    }

    static string Fingerprint(WarehouseHost host) => WarehouseFingerprint.Of(sql => host.Scalar<object>(sql));

    public void Dispose()
    {
        foreach (var dispose in Enumerable.Reverse(_hosts)) dispose();
        _world.Dispose();
        _jobs.Dispose();
        _folder.Dispose();
    }
}
