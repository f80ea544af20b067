using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Insights.Reports.Pages.CrossSell;
using Insights.Reports.Pages.CrossSell.Offers;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Bench.CrossSell;

/// <summary>Everything `bench cross-sell` measured.</summary>
public sealed record CrossSellBenchReport(string? LoadAverage, GroceriesResult? Groceries, IReadOnlyList<LevelResult> Levels,
    IReadOnlyList<BacktestBenchResult> Backtests);

/// <summary>
/// `bench cross-sell`: FP-growth plus rule generation on Groceries (median of warm runs), and, given a warehouse
/// (`--warehouse`, e.g. a copy of an SF10 load), category- and product-level mining of its baskets, each level in its own child
/// process so its peak memory is its own; with `--backtest`, the next-best offers' backtest at both levels, each in its own process.
/// </summary>
static class CrossSellBenchCommand
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(BenchHost cli)
    {
        var groceries = new Option<FileInfo?>("--groceries") { Description = "Groceries basket file (one basket per line, comma-separated)" };
        var runs = new Option<int>("--runs") { Description = "Timed warm runs on Groceries (after the warm-ups)", DefaultValueFactory = _ => 15 };
        // warm means the code a process that has mined before runs: .NET compiles a method fully after 30 calls, and mining and
        // rule generation are called once per run (with 3 warm-ups they were timed in their first, quickly compiled code)
        var warmups = new Option<int>("--warmups") { Description = "Untimed runs on Groceries first", DefaultValueFactory = _ => 40 };
        var levels = new Option<bool>("--levels") { Description = "Also mine the --warehouse baskets at category and product level" };
        var categorySupport = new Option<decimal>("--category-support") { Description = "Minimum support at category level", DefaultValueFactory = _ => 0.001m };
        var productSupport = new Option<decimal>("--product-support") { Description = "Minimum support at product level", DefaultValueFactory = _ => 0.0005m };
        var confidence = new Option<decimal>("--min-confidence") { Description = "Minimum confidence of the warehouse rules", DefaultValueFactory = _ => 0.1m };
        var json = new Option<bool>("--json") { Description = "Print as JSON" };
        var backtest = new Option<bool>("--backtest") { Description = "Also time the next-best offers' backtest on the --warehouse at category and product level (default cutoff)" };
        var horizon = new Option<int>("--horizon") { Description = "The backtest's horizon in days", DefaultValueFactory = _ => 90 };
        var only = new Option<string?>("--only-level") { Hidden = true };
        var onlyBacktest = new Option<string?>("--only-backtest") { Hidden = true };
        var command = new Command("cross-sell", "Time FP-growth + rules on Groceries (warm median) and, with --levels, on a warehouse's baskets")
        {
            groceries, runs, warmups, levels, categorySupport, productSupport, confidence, backtest, horizon, json, only, onlyBacktest,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(only) is { } level)
            {
                using var child = cli.Start(parse, opensWarehouse: true);
                var support = level == "category" ? parse.GetValue(categorySupport) : parse.GetValue(productSupport);
                var result = LevelRun.Run(child.Services.GetRequiredService<BasketQuery>(), level, support, parse.GetValue(confidence));
                Console.WriteLine(JsonSerializer.Serialize(result, Json));
                return BenchExit.Ok;
            }
            if (parse.GetValue(onlyBacktest) is { } backtestLevel)
            {
                using var child = cli.Start(parse, opensWarehouse: true);
                var result = BacktestRun.Run(child.Services.GetRequiredService<OffersBacktest>(), backtestLevel, parse.GetValue(horizon));
                Console.WriteLine(JsonSerializer.Serialize(result, Json));
                return BenchExit.Ok;
            }
            var loadAverage = BenchReport.ReadLoadAverage();
            var grocery = parse.GetValue(groceries) is { } file
                ? GroceriesTiming.Run(file.FullName, 0.001m, 0.8m, Math.Max(0, parse.GetValue(warmups)), Math.Max(1, parse.GetValue(runs)))
                : null;
            var results = new List<LevelResult>();
            if (parse.GetValue(levels))
                foreach (var name in new[] { "category", "product" })
                    results.Add(Child<LevelResult>(parse, "--only-level", name));
            var backtests = new List<BacktestBenchResult>();
            if (parse.GetValue(backtest))
                foreach (var name in new[] { "category", "product" })
                    backtests.Add(Child<BacktestBenchResult>(parse, "--only-backtest", name));
            var report = new CrossSellBenchReport(loadAverage is null ? null : $"start {loadAverage}, end {BenchReport.ReadLoadAverage()}", grocery, results,
                backtests);
            if (parse.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(report, Json));
            else Write(report, Console.Out);
            return BenchExit.Ok;
        });
        return command;
    }

    static T Child<T>(ParseResult parse, string childOption, string level)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet") start.ArgumentList.Add(PhaseProcess.EntryAssemblyLocation);
        // the same arguments, plus the level: the child reads the same warehouse and thresholds
        foreach (var arg in parse.Tokens.Select(t => t.Value).Concat([childOption, level]))
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start the {level} run.");
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"The {level} run failed (exit code {process.ExitCode}; its message is above).");
        return JsonSerializer.Deserialize<T>(stdout, Json) ?? throw new InvalidOperationException($"The {level} run printed nothing.");
    }

    static void Write(CrossSellBenchReport report, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        if (report.LoadAverage is not null) output.WriteLine($"load average (1/5/15 min): {report.LoadAverage}");
        if (report.Groceries is { } g)
            output.WriteLine(string.Create(inv,
                $"groceries  {g.Baskets:N0} baskets, {g.Items} items, support {g.MinSupport}, confidence {g.MinConfidence}: {g.Itemsets:N0} itemsets, {g.Rules} rules\n" +
                $"           warm median of {g.Runs} (after {g.Warmups} warm-ups): mining {g.Mining.MedianMs:0.0} ms + rules {g.RuleGeneration.MedianMs:0.0} ms = {g.Total.MedianMs:0.0} ms " +
                $"(fastest {g.Total.MinMs:0.0}, slowest {g.Total.MaxMs:0.0}); CPU {g.CpuMsPerRun:0.0} ms a run"));
        foreach (var l in report.Levels)
            output.WriteLine(string.Create(inv,
                $"{l.Level,-9}  {l.Baskets:N0} baskets ({l.DistinctBaskets:N0} distinct), {l.Items:N0} items, support {l.MinSupport} ({l.MinCount:N0} baskets), confidence {l.MinConfidence}: " +
                $"{l.Itemsets:N0} itemsets, {l.Rules:N0} rules\n" +
                $"           first run: read {l.ReadSeconds:0.00} s, mining {l.MiningSeconds:0.000} s, rules {l.RulesSeconds:0.000} s; " +
                $"second: read {l.SecondReadSeconds:0.00} s, mining {l.SecondMiningSeconds:0.000} s, rules {l.SecondRulesSeconds:0.000} s; peak {l.PeakMegabytes:N0} MB"));
        foreach (var b in report.Backtests)
        {
            output.WriteLine(string.Create(inv,
                $"backtest {b.Level,-9} cutoff {b.Cutoff:yyyy-MM-dd}, horizon {b.Horizon} days, {b.Customers:N0} customers: {b.Seconds:0.0} s, peak {b.PeakMegabytes:N0} MB"));
            foreach (var l in b.Lines.Where(l => l.Top == 1))
                output.WriteLine(string.Create(inv,
                    $"           top 1 {l.Method,-24} hit rate {l.HitRate:P1} ({l.HitRateLow:P1}–{l.HitRateHigh:P1}), × popular {l.RatioToPopular:0.00}, revenue {l.Revenue:N0}"));
        }
    }
}
