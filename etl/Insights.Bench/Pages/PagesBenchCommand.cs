using System.CommandLine;
using System.Text.Json;
using Insights.Reports.Caching;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Bench.Pages;

/// <summary>
/// `bench pages --warehouse FILE [--report service|customers|all]`: a report's pages under load, through the same Razor pages
/// as the site. First the warm-up the site runs after each load (the report's default views), timed; then the first views
/// (service: each URL of a sample of filter combinations once, one view at a time, one client; customers: profiles of customers
/// not asked before and searches typed from them, <c>--clients</c> at once), then <c>--clients</c> clients looping over a
/// fixed set of URLs for <c>--seconds</c> (repeated). Prints per view p50, p95, max and errors (a response other than the one
/// expected). With <c>--load-sources</c>, a last phase ("during load") goes on looping while the site runs a full load
/// (<see cref="LoadPhase"/>). Ends with the process's peak memory (site, clients and load in one process).
/// </summary>
static class PagesBenchCommand
{
    // the site's setting (reports/Insights.Site/appsettings.json), which the bench's site does not read
    const string SiteLoadMemoryLimit = "1300MB";

    public static Command Create(BenchHost cli)
    {
        var report = new Option<string>("--report") { Description = "Which report's pages", DefaultValueFactory = _ => "service" };
        report.AcceptOnlyFromAmong([.. PageCatalogue.Reports]);
        var clients = new Option<int>("--clients") { Description = "Concurrent HTTP clients", DefaultValueFactory = _ => 20 };
        var seconds = new Option<int>("--seconds") { Description = "Length of the repeated phase", DefaultValueFactory = _ => 30 };
        var memory = new Option<string>("--memory-limit") { Description = "DuckDB memory limit", DefaultValueFactory = _ => new WarehouseOptions().MemoryLimit };
        var loadMemory = new Option<string>("--load-memory-limit")
        {
            Description = "DuckDB memory limit while the site runs a load (the site's Warehouse:LoadMemoryLimit)", DefaultValueFactory = _ => SiteLoadMemoryLimit,
        };
        var json = new Option<bool>("--json") { Description = "Print as JSON" };
        var sources = new Option<string?>("--load-sources")
        {
            Description = "Last phase: the clients go on while the site runs a full load of the source files in this folder " +
                          "(operational/, contacts/, complaints/ as the demo writes them); the warehouse copy is rewritten",
        };
        var command = new Command("pages", "Measure a report's pages (first view of each filter combination, then p50/p95/max under concurrent clients)")
        {
            report, clients, seconds, memory, loadMemory, json, sources,
        };
        command.SetAction(async (parse, _) =>
        {
            var path = parse.GetValue(cli.WarehouseOption);
            if (string.IsNullOrEmpty(path) || !File.Exists(path))
            {
                Console.Error.WriteLine("bench pages needs --warehouse <a copy of a loaded warehouse file>.");
                return BenchExit.BadUsage;
            }
            var sourcesFolder = parse.GetValue(sources) is { } folder ? Path.GetFullPath(folder) : null;
            if (sourcesFolder is not null && !Directory.Exists(sourcesFolder))
            {
                Console.Error.WriteLine($"--load-sources: no folder {sourcesFolder}.");
                return BenchExit.BadUsage;
            }
            var loadAtStart = BenchReport.ReadLoadAverage();
            await using var site = await ReportBenchSite.StartAsync(Path.GetFullPath(path), 2, parse.GetValue(memory)!, sourcesFolder, parse.GetValue(loadMemory));
            var n = parse.GetValue(clients);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = n })
            {
                BaseAddress = new Uri(site.BaseAddress), Timeout = TimeSpan.FromMinutes(10),
            };
            var plan = PageCatalogue.Plan(parse.GetValue(report)!, site.Services, n);
            var load = new PageLoad(http);
            await load.OnceAsync("warm-up", plan.WarmUp, 1);   // Razor's first render of each page (a refused filter): not measured

            // what the site does in the background after each load: the report's default views into the cache
            var warming = System.Diagnostics.Stopwatch.StartNew();
            var warmed = site.Services.GetServices<IReportWarmUp>().Where(w => plan.Reports.Contains(w.Name)).Sum(w => w.Run(CancellationToken.None));
            var warmSeconds = Math.Round(warming.Elapsed.TotalSeconds, 1);

            var figures = new List<PageFigures>();
            var cpu = new List<PhaseCpu>();
            var firstCpu = PhaseCpu.Start();
            foreach (var batch in plan.FirstViews)   // one batch at a time: a service view's first views alone on the machine
                figures.AddRange(await load.OnceAsync("first view", batch.Requests, batch.Clients));
            cpu.Add(firstCpu.End("first view", figures.Where(f => f.Phase == "first view").Sum(f => f.Requests)));
            var repeatedCpu = PhaseCpu.Start();
            figures.AddRange(await load.LoopAsync("repeated", plan.Repeated, n, TimeSpan.FromSeconds(parse.GetValue(seconds))));
            cpu.Add(repeatedCpu.End("repeated", figures.Where(f => f.Phase == "repeated").Sum(f => f.Requests)));
            LoadPhaseFigures? during = null;
            if (sourcesFolder is not null)
            {
                var (loadFigures, views) = await LoadPhase.RunAsync(site.Services, load, plan.Repeated, n);
                during = loadFigures;
                figures.AddRange(views);
            }

            var result = new PagesBenchReport(Path.GetFullPath(path), parse.GetValue(report)!, n, Environment.ProcessorCount, plan.Repeated.Count,
                warmed, warmSeconds, loadAtStart, BenchReport.ReadLoadAverage(), figures, during, PhaseMeter.PeakWorkingSet(), cpu,
                PageFailureCount.Of(load.Failures.Where(f => f.Phase != "warm-up")), load.SlowFirstViews);   // the warm-up asks for refusals: not measured
            if (parse.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(result, PhaseProcess.Json));
            else result.Write(Console.Out);
            return figures.Any(f => f.Errors > 0) || during?.Failure is not null ? BenchExit.Failed : BenchExit.Ok;
        });
        return command;
    }
}
