using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Bench.Intervals;

/// <summary>`bench intervals [--cdnow FILE] [--warehouse FILE] [--runs N] [--json]`: speed of the purchase-interval models.</summary>
static class IntervalsBenchCommand
{
    public static Command Create(BenchHost cli)
    {
        var cdnow = new Option<FileInfo?>("--cdnow") { Description = "CDNOW_master.txt to fit and score (header line, whitespace separated)" };
        var runs = new Option<int>("--runs") { Description = "Warm runs after the first (the median is reported)", DefaultValueFactory = _ => 7 };
        var json = new Option<bool>("--json") { Description = "Print as JSON" };
        var command = new Command("intervals",
            "Time BG/NBD + Gamma-Gamma fit and scoring: on CDNOW_master.txt (--cdnow) and/or a warehouse (--warehouse, read included)")
        {
            cdnow, runs, json,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(cdnow);
            var warehousePath = parse.GetValue(cli.WarehouseOption);
            if (file is null && warehousePath is null)
            {
                Console.Error.WriteLine("bench intervals needs --cdnow <CDNOW_master.txt> and/or --warehouse <file.duckdb>.");
                return BenchExit.BadUsage;
            }
            if (file is { Exists: false })
            {
                Console.Error.WriteLine($"{file.FullName} does not exist.");
                return BenchExit.BadUsage;
            }
            var bench = new IntervalsBench(Math.Max(0, parse.GetValue(runs)));
            var start = IntervalsBench.LoadAverage();
            var cases = new List<IntervalsBenchCase>();
            if (file is not null) cases.Add(bench.CdnowMaster(file.FullName));
            if (warehousePath is not null)
            {
                using var host = cli.Start(parse, opensWarehouse: true);
                cases.Add(bench.Warehouse(host.Services.GetRequiredService<DuckDbWarehouse>()));
            }
            var result = new IntervalsBenchResult(start, IntervalsBench.LoadAverage(), Environment.ProcessorCount, cases);
            if (parse.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(result, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
            else Write(result);
            return BenchExit.Ok;
        });
        return command;
    }

    static void Write(IntervalsBenchResult result)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"load average {result.LoadAverageAtStart} at the start, {result.LoadAverageAtEnd} at the end; {result.ProcessorCount} cores"));
        foreach (var c in result.Cases)
        {
            Console.WriteLine(string.Create(inv, $"{c.Name}: {c.Customers:N0} customers in {c.Groups:N0} (x, t_x, T) groups"));
            Console.WriteLine(string.Create(inv, $"  first run {c.FirstSeconds:0.000} s; warm median {c.WarmMedianSeconds:0.000} s over {c.WarmSeconds.Count} runs (target {c.Target} s: {(c.WarmMedianSeconds <= c.Target ? "met" : "NOT met")}); CPU {c.WarmCpuMedianSeconds:0.000} s (median)"));
            if (c.ReadSeconds > 0) Console.WriteLine(string.Create(inv, $"  of which reading the summary from the warehouse: {c.ReadSeconds:0.000} s (median warm run)"));
            Console.WriteLine($"  {c.Parameters}; {(c.Trusted ? "both fits trusted" : "a fit is NOT trusted")}");
        }
    }
}
