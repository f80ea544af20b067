using System.CommandLine;
using Insights.Cli.Input;
using Insights.Etl.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Insights.Cli.Commands;

/// <summary>
/// `insights worker`: an extraction worker. Its Hangfire server serves only the extract queue of the PostgreSQL job storage the
/// owner uses, writing each partition of the operational source as a Parquet batch to Etl:StagingFolder (docs/scale.md). It
/// never opens the warehouse, and runs until stopped (Ctrl+C, SIGTERM).
/// </summary>
static class WorkerCommand
{
    public static Command Create()
    {
        var workers = new Option<int>("--workers") { Description = "Partition jobs this process runs at once (1-32)", DefaultValueFactory = _ => 2 };
        var takeOver = new Option<TimeSpan>("--take-over-after")
        {
            Description = "How long a job whose worker died stays invisible before this worker takes it (Hangfire's invisibility timeout)",
            DefaultValueFactory = _ => TimeSpan.FromMinutes(5),
        };
        var command = new Command("worker",
            "Serve the extract queue: write the operational source's partitions as Parquet batches for the owner (needs Hangfire:PostgresConnectionString, " +
            "Etl:StagingFolder and Etl:Operational:ConnectionString)") { workers, takeOver };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(workers);
            if (count is < 1 or > 32) throw new UsageException($"--workers must be between 1 and 32 (is {count}).");
            var invisible = parse.GetValue(takeOver);
            if (invisible < TimeSpan.FromSeconds(10)) throw new UsageException($"--take-over-after must be at least 00:00:10 (is {invisible}).");
            using var host = CliHost.Start(parse, WarehouseUse.None, builder =>
            {
                var problems = Problems(builder.Configuration);
                if (problems.Count > 0) throw new UsageException(problems);
                builder.AddExtractionWorker(builder.Configuration["Hangfire:PostgresConnectionString"]!, count, invisible);
            });
            Console.Error.WriteLine($"insights worker: serving the {JobQueues.Extract} queue with {count} workers; Ctrl+C stops.");
            host.WaitForShutdown();
            return CliHost.Ok;
        });
        return command;
    }

    // what a worker cannot run without, each said plainly (in-memory storage lives in one process: no worker can reach it)
    static List<string> Problems(IConfiguration configuration)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(configuration["Hangfire:PostgresConnectionString"]))
            problems.Add("insights worker needs Hangfire:PostgresConnectionString (Hangfire__PostgresConnectionString): workers take their " +
                         "jobs from the owner's PostgreSQL job storage; in-memory storage cannot be shared between processes.");
        if (string.IsNullOrWhiteSpace(configuration["Etl:StagingFolder"]))
            problems.Add("insights worker needs Etl:StagingFolder (Etl__StagingFolder): the folder the owner loads the batches from.");
        if (string.IsNullOrWhiteSpace(configuration["Etl:Operational:ConnectionString"]))
            problems.Add("insights worker needs Etl:Operational:ConnectionString: the operational PostgreSQL database it reads.");
        return problems;
    }
}
