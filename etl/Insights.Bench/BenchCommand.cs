using System.CommandLine;
using System.Text.Json;
using Insights.Etl;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Insights.Bench;

/// <summary>
/// `bench`: generates a world at a scale factor into PostgreSQL and files, and measures in one run the extraction baseline,
/// the native DuckDB load, our full load, our incremental load of a 1% change, of a fixed change (the same rows at every scale;
/// `--against` a smaller scale's report compares the two), and their peak memory.
/// `bench phase &lt;name&gt;` (hidden) is one measured phase, run by `bench` as a child process.
/// </summary>
public static class BenchCommand
{
    /// <summary>Configuration key of the bench's PostgreSQL database (environment: Bench__Postgres).</summary>
    const string PostgresKey = "Bench:Postgres";

    /// <summary>The `bench` command and its sub-commands, run in hosts that <paramref name="cli"/> starts.</summary>
    public static Command Create(BenchHost cli)
    {
        var scale = new Option<double>("--scale") { Description = "Scale factor (1 = 100,000 customers, ~2M order lines)", DefaultValueFactory = _ => 1 };
        var postgres = new Option<string?>("--postgres")
        {
            Description = $"Npgsql connection string of a database the bench may fill (its operational tables are replaced; default: {PostgresKey})",
        };
        var work = new Option<string?>("--work")
        {
            Description = "Work folder; its sources/, files/, bench.duckdb and native.duckdb are replaced (default: a temporary folder, deleted afterwards)",
        };
        var json = new Option<bool>("--json") { Description = "Print as JSON" };
        var against = new Option<FileInfo?>("--against")
        {
            Description = "The --json report of a run at a smaller scale (e.g. SF1): the fixed change's load is compared with its own",
        };

        var bench = new Command("bench", "Measure extraction, native DuckDB, full and incremental loads, and peak memory at a scale factor")
        {
            scale, postgres, work, json, against, CreatePhase(cli),
            Loyalty.LoyaltyBenchCommand.Create(cli), Intervals.IntervalsBenchCommand.Create(cli),
            CrossSell.CrossSellBenchCommand.Create(cli), Pages.PagesBenchCommand.Create(cli),
            Segments.SegmentsBenchCommand.Create(cli),
        };
        bench.SetAction(parse =>
        {
            using var host = cli.Start(parse, opensWarehouse: false);
            var connectionString = parse.GetValue(postgres) ?? host.Services.GetRequiredService<IConfiguration>()[PostgresKey];
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                Console.Error.WriteLine($"bench needs a PostgreSQL database: --postgres <connection string>, or {PostgresKey} (Bench__Postgres).");
                return BenchExit.BadUsage;
            }
            if (Unreachable(connectionString) is { } problem)
            {
                Console.Error.WriteLine($"bench: PostgreSQL is unreachable: {problem}");
                return BenchExit.Failed;
            }
            BenchReport? smaller = null;
            if (parse.GetValue(against) is { } file)
            {
                if (!file.Exists)
                {
                    Console.Error.WriteLine($"--against: no file {file.FullName}.");
                    return BenchExit.BadUsage;
                }
                smaller = JsonSerializer.Deserialize<BenchReport>(File.ReadAllText(file.FullName), PhaseProcess.Json);
            }
            var workspace = new BenchWorkspace(parse.GetValue(work));
            try
            {
                var report = new BenchRun(parse.GetValue(scale), connectionString, workspace, host.Services.GetRequiredService<TimeProvider>(), smaller).Run();
                if (parse.GetValue(json))
                    Console.WriteLine(JsonSerializer.Serialize(report, PhaseProcess.Json));
                else
                    BenchTable.Write(report, Console.Out);
            }
            finally
            {
                workspace.DeleteIfTemporary();
            }
            return BenchExit.Ok;
        });
        return bench;
    }

    static Command CreatePhase(BenchHost cli)
    {
        var name = new Argument<string>("name") { Description = "baseline, native, full, incremental, warm or fixed" };
        name.AcceptOnlyFromAmong("baseline", "native", "full", "incremental", "warm", "fixed");
        var work = new Option<string>("--work") { Required = true };
        var phase = new Command("phase", "One measured phase of a bench run (run by bench itself)") { name, work };
        phase.Hidden = true;
        phase.SetAction(parse =>
        {
            var which = parse.GetRequiredValue(name);
            var workspace = new BenchWorkspace(parse.GetRequiredValue(work));
            using var host = cli.Start(parse, opensWarehouse: which is "full" or "incremental" or "warm" or "fixed");
            var services = host.Services;
            var result = which switch
            {
                "baseline" => new ExtractionBaseline(services.GetRequiredService<IOptions<EtlOptions>>().Value.Operational.ConnectionString!)
                    .Run(CancellationToken.None),
                "native" => new NativeDuckDbLoad(workspace, services.GetRequiredService<IConfiguration>().GetValue("Warehouse:Threads", 2))
                    .Run(CancellationToken.None),
                "warm" => new WarehouseLoad(services.GetRequiredService<EtlRunner>()).RunWarm(CancellationToken.None),
                "fixed" => new WarehouseLoad(services.GetRequiredService<EtlRunner>()).Run(full: false, CancellationToken.None) with
                {
                    Name = "fixed", Title = "our incremental load of the fixed change, in a fresh process",
                },
                _ => new WarehouseLoad(services.GetRequiredService<EtlRunner>()).Run(full: which == "full", CancellationToken.None),
            };
            Console.WriteLine(JsonSerializer.Serialize(result, PhaseProcess.Json));
            return BenchExit.Ok;
        });
        return phase;
    }

    static string? Unreachable(string connectionString)
    {
        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            return e.Message;
        }
    }
}
