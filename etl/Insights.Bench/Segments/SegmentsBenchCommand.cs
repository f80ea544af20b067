using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Insights.Reports.Pages.Segments;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Bench.Segments;

/// <summary>
/// `bench segments --warehouse FILE`: the segment builder's preview under load. Builds the segment marts (timed: the cost a
/// first build adds; --skip-marts when they are current), then runs the six-condition segments of <see cref="SegmentsBenchSet"/>
/// once each (cold) and then from --clients threads in a loop for --seconds (the same SegmentQuery.Preview the page's JSON
/// handler calls, through the compute gate: the times include the wait for a place at the gate), and prints p50/p95/max.
/// </summary>
static class SegmentsBenchCommand
{
    public static Command Create(BenchHost cli)
    {
        var clients = new Option<int>("--clients") { Description = "Concurrent clients", DefaultValueFactory = _ => 20 };
        var seconds = new Option<int>("--seconds") { Description = "Length of the repeated phase", DefaultValueFactory = _ => 30 };
        var skipMarts = new Option<bool>("--skip-marts") { Description = "Do not build the segment marts first (they must be current)" };
        var command = new Command("segments", "Measure the segment preview (p50/p95/max) for six-condition segments on a warehouse copy")
        {
            clients, seconds, skipMarts,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(cli.WarehouseOption);
            if (string.IsNullOrEmpty(path) || !File.Exists(path))
            {
                Console.Error.WriteLine("bench segments needs --warehouse <a copy of a loaded warehouse file>.");
                return BenchExit.BadUsage;
            }
            var loadAtStart = BenchReport.ReadLoadAverage();
            using var host = cli.Start(parse, opensWarehouse: true);
            var services = host.Services;
            if (!parse.GetValue(skipMarts))
            {
                var watch = Stopwatch.StartNew();
                var warehouse = services.GetRequiredService<DuckDbWarehouse>();
                using var connection = warehouse.OpenWriteConnection();
                using var transaction = connection.BeginTransaction();
                services.GetRequiredService<ModelRunner>().Build(connection, runId: 0, full: true, ["mart_segment_category", "mart_segment_customer"]);
                warehouse.Gate.Commit(transaction);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"segment marts built in {watch.Elapsed.TotalSeconds:F1} s"));
            }
            var query = services.GetRequiredService<SegmentQuery>();
            var choices = query.Choices();
            var set = SegmentsBenchSet.Create(choices);
            var conditions = set.SelectMany(s => s.Definition.Conditions).Select(c => c.Condition).DistinctBy(c => c.Field + " " + c.Op).ToList();
            Console.WriteLine($"{set.Count} segments of six conditions; {Environment.ProcessorCount} cores; load average {loadAtStart}");

            var cold = new List<double>();
            var answered = new List<(string Name, SegmentDefinition Definition)>();
            foreach (var (name, definition) in set)
            {
                var watch = Stopwatch.StartNew();
                if (Refused(name, definition, query, choices) is not { } preview) continue;
                cold.Add(watch.Elapsed.TotalMilliseconds);
                answered.Add((name, definition));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-22} {preview.Members,9:N0} customers  cold {watch.Elapsed.TotalMilliseconds,7:F1} ms"));
            }
            Print("cold (one at a time)", cold);
            if (answered.Count == 0)
            {
                Console.Error.WriteLine("bench segments: every segment was refused; nothing to measure.");
                return BenchExit.Failed;
            }
            set = answered;

            // what each kind of condition costs alone (warm, one at a time, the median of three): where a slow preview goes
            Median("everyone (no condition: the scan and the composition)", SegmentDefinition.Everyone, query, choices);
            foreach (var condition in conditions)
                Median($"{condition.Field} {condition.Op}", new SegmentDefinition([new ConditionGroup([condition])]), query, choices);
            foreach (var (name, definition) in set) Median(name, definition, query, choices);

            var n = parse.GetValue(clients);
            var until = Stopwatch.StartNew();
            var limit = TimeSpan.FromSeconds(parse.GetValue(seconds));
            var times = new List<double>[n];
            var refused = 0;
            var threads = Enumerable.Range(0, n).Select(c => new Thread(() =>
            {
                var mine = times[c] = [];
                for (var i = c; until.Elapsed < limit; i++)
                {
                    var watch = Stopwatch.StartNew();
                    try
                    {
                        query.Preview(set[i % set.Count].Definition, CancellationToken.None, choices);
                        mine.Add(watch.Elapsed.TotalMilliseconds);
                    }
                    catch (Insights.Reports.Limits.ComputeLimitException)
                    {
                        Interlocked.Increment(ref refused);   // the page would answer "busy, try again" (503)
                    }
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            var all = times.SelectMany(t => t).ToList();
            Print($"repeated ({n} clients, {parse.GetValue(seconds)} s, {all.Count / limit.TotalSeconds:F1}/s, {refused} refused busy)", all);
            Console.WriteLine($"load average at start {loadAtStart}, at end {BenchReport.ReadLoadAverage()}");
            return BenchExit.Ok;
        });
        return command;
    }

    // the preview, or null when the warehouse refuses the segment (a model condition its latest fit cannot answer, such as
    // overdue in a category on a warehouse upgraded to migration 0048 before its next fit): reported, and the bench goes on
    static SegmentPreview? Refused(string name, SegmentDefinition definition, SegmentQuery query, SegmentChoices choices)
    {
        try
        {
            return query.Preview(definition, CancellationToken.None, choices);
        }
        catch (SegmentDefinitionException e)
        {
            Console.WriteLine($"  {name,-22} refused: {string.Join(" ", e.Problems)}");
            return null;
        }
    }

    static void Median(string name, SegmentDefinition definition, SegmentQuery query, SegmentChoices choices)
    {
        if (Refused(name, definition, query, choices) is null) return;
        var ms = Enumerable.Range(0, 3).Select(_ =>
        {
            var watch = Stopwatch.StartNew();
            query.Preview(definition, CancellationToken.None, choices);
            return watch.Elapsed.TotalMilliseconds;
        }).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  warm median {ms[1],7:F1} ms  {name}"));
    }

    static void Print(string phase, List<double> ms)
    {
        var sorted = ms.Order().ToArray();
        double At(double p) => sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{phase}: n {sorted.Length}, p50 {At(0.5):F1} ms, p95 {At(0.95):F1} ms, max {(sorted.Length == 0 ? 0 : sorted[^1]):F1} ms"));
    }
}
