using System.CommandLine;
using Insights.Demo;
using Insights.Etl.Jobs;
using Insights.Reports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Insights.Cli.Commands;

/// <summary>
/// `insights etl serve`: the warehouse owner without the site (docs/scale.md). Its Hangfire server serves the warehouse queue
/// exactly as the site's does: each source's load on its schedule (Etl:Schedule, Etl:Schedules), the first loads at start
/// (Etl:RunOnStart, after the demo sources on a fresh machine), the publication after each load (Publish:Folder), and after
/// each load the warehouse tables the pages read but no load writes (the saved segments' members and the per-customer scores);
/// the views' caches it leaves alone, since it serves no pages. With Hangfire:PostgresConnectionString its jobs live in
/// PostgreSQL, where `insights worker` processes take the extraction (Etl:StagingFolder). Runs until stopped (Ctrl+C, SIGTERM):
/// a running load is interrupted and rolled back, the warehouse keeps its last committed state.
/// </summary>
static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve",
            "Own the warehouse without the site: run each source's load on its schedule (and at start), publish after each, keep " +
            "segments and customer scores current; until stopped");
        command.SetAction(parse =>
        {
            using var host = CliHost.Start(parse, WarehouseUse.CreateIfMissing, builder =>
            {
                EtlCommands.ExtractionWorkersStorage(builder.Configuration);   // refuses a staging folder without PostgreSQL storage
                // no page is served here: warm only what keeps warehouse tables current, never the views' caches
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Reports:WarmUp:WarmCaches"] = "false" });
                builder.AddOwnerJobServer(builder.AddJobStorage());
                builder.AddDemoJobs();
                builder.AddReportWarmUp();
            });
            var hangfire = host.Services.GetRequiredService<IOptions<HangfireOptions>>().Value;
            var storage = string.IsNullOrWhiteSpace(hangfire.PostgresConnectionString) ? "in memory" : "in PostgreSQL";
            Console.Error.WriteLine($"insights etl serve: serving the {JobQueues.Warehouse} queue with {hangfire.WorkerCount} workers (jobs {storage}); Ctrl+C stops.");
            host.WaitForShutdown();
            return CliHost.Ok;
        });
        return command;
    }
}
