using Insights.Warehouse;
using Insights.Warehouse.Status;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Insights.Tests.Site;

/// <summary>
/// A fresh install: no sources, no warehouse. The start-up job chain must generate the demo world and load every source through
/// Hangfire, and the home page must then show its numbers. Once on the embedded defaults (`dotnet run`), once as
/// docker-compose.yml configures the app (PostgreSQL source and Hangfire.PostgreSql storage, an extraction worker reading the
/// operational source for the owner's loads), against a real PostgreSQL.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class FirstStartTests(PostgresFixture postgres) : IDisposable
{
    readonly TempFolder _folder = new();

    // the start-up chain on, the demo world small
    sealed class FreshSite(TempFolder folder, IReadOnlyDictionary<string, string> settings) : SiteFactory(folder, ownsFolder: false,
        firstStart: true, settings.Prepend(new("Demo:Scale", "0.002")).ToDictionary(s => s.Key, string? (s) => s.Value));

    [Fact]
    public async Task Embedded_defaults_generate_the_demo_files_and_load_every_source_through_hangfire()
    {
        await using var site = new FreshSite(_folder, new Dictionary<string, string> { ["Hangfire:PostgresConnectionString"] = "" });

        await ShowsDemoNumbersAfterStartUp(site);

        Assert.True(File.Exists(_folder.File("sources/operational/customers.csv")));
    }

    [Fact]
    public async Task Compose_configuration_seeds_postgres_and_runs_jobs_from_postgres_storage()
    {
        using var database = postgres.CreateDatabase();
        var staging = _folder.File("staging");
        await using var site = new FreshSite(_folder, new Dictionary<string, string>
        {
            ["Etl:Operational:Kind"] = "Postgres",
            ["Etl:Operational:ConnectionString"] = database.ConnectionString,
            ["Hangfire:PostgresConnectionString"] = database.ConnectionString,
            ["Etl:StagingFolder"] = staging,
        });
        using var worker = new ExtractionWorkerHost(database.ConnectionString, database.ConnectionString, staging);

        await ShowsDemoNumbersAfterStartUp(site);

        // the operational load went through the worker: five tables in four key ranges each (Etl:Operational:PartitionsPerTable),
        // each batch loaded once
        using (var read = site.Services.GetRequiredService<DuckDbWarehouse>().OpenConnection())
            Assert.Equal((20L, worker.Name), (read.ExecuteScalar<long>("select count(*) from etl_loaded_batch"),
                read.ExecuteScalar<string>("select min(worker) from etl_loaded_batch")));
        Assert.False(File.Exists(_folder.File("sources/operational/customers.csv")));
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var customers = new NpgsqlCommand("select count(*) from customers", connection);
        Assert.Equal(200L, await customers.ExecuteScalarAsync());
        // Hangfire marks a job Succeeded just after it returns, which is after the load committed: wait for the marks too
        await using var jobs = new NpgsqlCommand("select count(*) from hangfire.job where statename = 'Succeeded'", connection);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        long succeeded;
        while ((succeeded = (long)(await jobs.ExecuteScalarAsync())!) < 4 && DateTime.UtcNow < deadline) await Task.Delay(200);
        Assert.True(succeeded >= 4, $"the demo job and three loads ran from PostgreSQL storage, but only {succeeded} succeeded");
    }

    static async Task ShowsDemoNumbersAfterStartUp(FreshSite site)
    {
        var client = site.ClientAs(Roles.Admin);
        var status = site.Services.GetRequiredService<WarehouseStatusQuery>();

        // wait for the job chain (a condition, not a fixed sleep); a broken chain fails at the deadline
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (status.Freshness().Count(f => f.LastSuccessAt is not null) < 3)
        {
            Assert.True(DateTime.UtcNow < deadline, "the start-up chain did not load all three sources in 90 s: " +
                string.Join("; ", status.RecentRuns(10).Select(r => $"{r.Source} {r.Status} {r.Error}")));
            await Task.Delay(200);
        }

        Assert.All(status.RecentRuns(10), r => Assert.Equal("startup", r.Trigger));
        var html = await client.GetStringAsync("/");
        Assert.Contains("id=\"kpi-customers\">200<", html);
        Assert.DoesNotContain("id=\"no-data\"", html);
    }

    public void Dispose() => _folder.Dispose();
}
