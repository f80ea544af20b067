using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Insights.Bench.Pages;
using Insights.Reports.Pages.Loyalty;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Bench.Loyalty;

/// <summary>
/// `bench loyalty --warehouse FILE`: the loyalty page under load. Rebuilds the loyalty marts (timed: the cost a load adds),
/// starts the report pages behind an in-process Kestrel, then measures per view: the first (cold) default views, distinct
/// filters each asked once (cold: computed from the completed-order marts), every segment's drill-down list once (cold), the
/// site's post-load warm-up (timed) and then every single filter's views once ("warmed filter"), and 20 clients looping over
/// every view, its charts and the lists (repeated: served from the marts or the result cache).
/// </summary>
static class LoyaltyBenchCommand
{
    public static Command Create(BenchHost cli)
    {
        var clients = new Option<int>("--clients") { Description = "Concurrent HTTP clients", DefaultValueFactory = _ => 20 };
        var seconds = new Option<int>("--seconds") { Description = "Length of the repeated-view phase", DefaultValueFactory = _ => 30 };
        var skipMarts = new Option<bool>("--skip-marts") { Description = "Do not rebuild the loyalty marts first (they must be current)" };
        var memory = new Option<string>("--memory-limit") { Description = "DuckDB memory limit", DefaultValueFactory = _ => new WarehouseOptions().MemoryLimit };
        var json = new Option<bool>("--json") { Description = "Print as JSON" };
        var command = new Command("loyalty", "Measure the loyalty page's views (p50/p95/max) under concurrent clients on a warehouse copy")
        {
            clients, seconds, skipMarts, memory, json,
        };
        command.SetAction(async (parse, _) =>
        {
            var path = parse.GetValue(cli.WarehouseOption);
            if (string.IsNullOrEmpty(path) || !File.Exists(path))
            {
                Console.Error.WriteLine("bench loyalty needs --warehouse <a copy of a loaded warehouse file>.");
                return BenchExit.BadUsage;
            }
            var loadAtStart = BenchReport.ReadLoadAverage();
            await using var site = await ReportBenchSite.StartAsync(Path.GetFullPath(path), 2, parse.GetValue(memory)!);
            double? martSeconds = parse.GetValue(skipMarts) ? null : RebuildMarts(site.Services);
            var query = site.Services.GetRequiredService<LoyaltyQuery>();
            var choices = query.Choices();
            var n = parse.GetValue(clients);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = n }) { BaseAddress = new Uri(site.BaseAddress), Timeout = TimeSpan.FromMinutes(10) };
            var load = new PageLoad(http);
            using (var warmUp = await http.GetAsync("/loyalty?view=rfm&region=none"))   // Razor warm-up, not measured (a refused filter: 400)
                if (warmUp.StatusCode != System.Net.HttpStatusCode.BadRequest)
                {
                    Console.Error.WriteLine($"bench loyalty: the page answered {(int)warmUp.StatusCode} {await warmUp.Content.ReadAsStringAsync()}");
                    return BenchExit.Failed;
                }

            var defaults = LoyaltyFilter.Views.Select(v => new PageRequest(v, $"/loyalty?view={v}")).ToList();
            // the first region, channel and category, each alone
            var filters = new[]
            {
                choices.Regions.Take(1).Select(r => new LoyaltyFilter { Region = r }),
                choices.Channels.Take(1).Select(c => new LoyaltyFilter { Channel = c }),
                choices.Categories.Take(1).Select(c => new LoyaltyFilter { Category = c }),
            }.SelectMany(f => f).Select(Query).ToList();
            var filtered = LoyaltyFilter.Views.SelectMany(v => filters.Select(f => new PageRequest(v, $"/loyalty?view={v}&{f}"))).ToList();
            var lists = query.ScoreMap().Values.Distinct().Order(StringComparer.Ordinal)
                .Select(s => new PageRequest("list", "/loyalty?segment=" + Uri.EscapeDataString(s))).ToList();
            // the charts a browser fetches with the rfm and cohorts pages (their own requests since the page stopped inlining them)
            var state = query.State.ToString(CultureInfo.InvariantCulture);
            var charts = new[] { ("rfm", "segment-map"), ("cohorts", "cohort-heatmap") }
                .SelectMany(c => new[] { "" }.Concat(filters.Select(f => "&" + f))
                    .Select(f => new PageRequest("chart", $"/loyalty?view={c.Item1}{f}&handler=Chart&chart={c.Item2}&state={state}")))
                .ToList();

            var figures = new List<PageFigures>();
            foreach (var request in defaults) figures.AddRange(await load.OnceAsync("cold default", [request], 1));
            figures.AddRange(await load.OnceAsync("cold filtered", filtered, n));
            figures.AddRange(await load.OnceAsync("cold lists", lists, n));
            // the site's warm-up after a load, then the first view of every single filter (what a visitor meets after it)
            var warming = site.Services.GetRequiredService<LoyaltyWarmUp>();
            var warmWatch = Stopwatch.StartNew();
            var warmedViews = warming.Run(CancellationToken.None);
            var warmSeconds = Math.Round(warmWatch.Elapsed.TotalSeconds, 1);
            var warmed = warming.Filters().SelectMany(f => LoyaltyFilter.Views.Select(v => new PageRequest(v, $"/loyalty?view={v}&{Query(f)}")))
                .ToList();
            figures.AddRange(await load.OnceAsync("warmed filter", warmed, n));
            figures.AddRange(await load.LoopAsync("repeated", [.. defaults, .. filtered, .. charts, .. lists], n, TimeSpan.FromSeconds(parse.GetValue(seconds))));

            var report = new LoyaltyBenchReport(Path.GetFullPath(path), n, Environment.ProcessorCount, martSeconds, warmSeconds, warmedViews, loadAtStart,
                BenchReport.ReadLoadAverage(), figures);
            if (parse.GetValue(json)) Console.WriteLine(JsonSerializer.Serialize(report, PhaseProcess.Json));
            else report.Write(Console.Out);
            return BenchExit.Ok;
        });
        return command;
    }

    // one single-value filter as a query string
    static string Query(LoyaltyFilter filter) =>
        filter.Region is { } region ? "region=" + Uri.EscapeDataString(region)
        : filter.Channel is { } channel ? "channel=" + Uri.EscapeDataString(channel)
        : "category=" + Uri.EscapeDataString(filter.Category ?? "");

    static double RebuildMarts(IServiceProvider services)
    {
        var watch = Stopwatch.StartNew();
        using var connection = services.GetRequiredService<DuckDbWarehouse>().OpenWriteConnection();
        using var transaction = connection.BeginTransaction();
        services.GetRequiredService<ModelRunner>().Build(connection, runId: 0, full: true, ["mart_customer_order_totals", "mart_customer_rfm", "mart_loyalty_cohort"]);
        services.GetRequiredService<DuckDbWarehouse>().Gate.Commit(transaction);
        return Math.Round(watch.Elapsed.TotalSeconds, 1);
    }
}
