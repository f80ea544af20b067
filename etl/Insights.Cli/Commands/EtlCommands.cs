using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Insights.Cli.Input;
using Insights.Etl;
using Insights.Etl.Jobs;
using Insights.Reports.Pages.Segments;
using Insights.Warehouse.Status;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Insights.Cli.Commands;

/// <summary>
/// `etl run` loads sources into the warehouse, then re-evaluates the saved segments once (after every source, as the site's
/// warm-up does after a load); `etl status` shows freshness, row counts and recent runs.
/// </summary>
static class EtlCommands
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var source = new Option<string?>("--source") { Description = "Load only this source (operational, contacts, complaints, or a mapped file source)" };
        var full = new Option<bool>("--full") { Description = "Re-read every row and file and rebuild every model (nothing duplicates)" };
        var run = new Command("run", "Load what changed in the sources (each source in one transaction)") { source, full };
        run.SetAction(parse =>
        {
            // with Etl:StagingFolder the operational source is extracted by `insights worker` processes (docs/scale.md)
            using var host = CliHost.Start(parse, WarehouseUse.CreateIfMissing, WithExtractionWorkers);
            var runner = host.Services.GetRequiredService<EtlRunner>();
            var only = parse.GetValue(source);
            if (only is not null && !runner.Sources.Contains(only))
            {
                Console.Error.WriteLine($"Unknown source '{only}'. Known sources: {string.Join(", ", runner.Sources)}.");
                return CliHost.BadUsage;
            }
            var sources = only is null ? runner.Sources : [only];
            var progress = new RunProgress();
            // a load commits as a whole; its phases (landing, each model, checks) are how a long run shows it is moving
            host.Services.GetRequiredService<EtlProgress>().Changed += progress.Phase;
            var isFull = parse.GetValue(full);
            // SIGTERM or Ctrl+C stops the host: the running statement is interrupted and its transaction rolled back
            var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            EtlRunResult? changed = null;
            foreach (var (name, index) in sources.Select((s, i) => (s, i)))
            {
                progress.Starting(name);
                try
                {
                    // like RunAll: a full reload rebuilds the star schema once, with the first source
                    // publishing (Publish:Folder) waits for the last source: one publication of the whole run, not one per source
                    var result = runner.Run(name, "cli", stopping, isFull, rebuildModels: isFull && index == 0, publish: false);
                    if (EtlRunner.Changed(result)) changed = result;
                    var checks = result.FailedChecks.Count > 0 ? "; failed checks: " + string.Join(", ", result.FailedChecks) : "";
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{result.Source}: run {result.RunId} {result.Status}; read {result.Counts.Read}, loaded {result.Counts.Loaded}, quarantined {result.Counts.Rejected}, skipped {result.Counts.Skipped}{checks} ({progress.Elapsed})"));
                }
                catch (OperationCanceledException) when (stopping.IsCancellationRequested)
                {
                    Console.Error.WriteLine($"{name}: load stopped after {progress.Elapsed} (the process was asked to stop); the warehouse keeps its last committed state.");
                    return CliHost.Failed;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Console.Error.WriteLine($"{name}: load failed after {progress.Elapsed}, the warehouse keeps its last committed state. {e.Message}");
                    return CliHost.Failed;
                }
            }
            if (changed is not null) runner.PublishAfterLoad(changed.RunId, changed.Source, stopping);
            return EvaluateSegments(host.Services, progress);
        });

        var json = new Option<bool>("--json") { Description = "Print as JSON" };
        var status = new Command("status", "Freshness per source, row counts and recent runs") { json };
        status.SetAction(parse =>
        {
            using var host = CliHost.Start(parse, WarehouseUse.Existing);
            var query = host.Services.GetRequiredService<WarehouseStatusQuery>();
            var report = new { Freshness = query.Freshness(), Tables = query.TableCounts(), Runs = query.RecentRuns(10) };
            if (parse.GetValue(json))
                Console.WriteLine(JsonSerializer.Serialize(report, Json));
            else
                PrintStatus(report.Freshness, report.Tables);
            return CliHost.Ok;
        });
        return new Command("etl", "Load the warehouse") { run, status, ServeCommand.Create() };
    }

    // once after the whole run, not per source (docs/reports/segments.md): each saved segment not yet evaluated at the warehouse's
    // new state gets its members, who entered and left, and a size row, as the site's warm-up (SegmentRefresh) records them
    static int EvaluateSegments(IServiceProvider services, RunProgress progress)
    {
        try
        {
            var evaluated = services.GetRequiredService<SegmentEvaluation>().EvaluateAll(CancellationToken.None);
            Console.WriteLine($"segments: {evaluated} re-evaluated ({progress.Elapsed})");
            return CliHost.Ok;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Console.Error.WriteLine($"segments: re-evaluation failed after {progress.Elapsed}; the loads above are committed, the segments keep their last members. {e.Message}");
            return CliHost.Failed;
        }
    }

    static void WithExtractionWorkers(HostApplicationBuilder builder)
    {
        if (ExtractionWorkersStorage(builder.Configuration) is { } hangfire) builder.AddExtractQueueClient(hangfire);
    }

    /// <summary>
    /// With Etl:StagingFolder, the PostgreSQL job storage the extraction workers share (refused as bad usage when missing:
    /// in-memory storage cannot reach another process); null without a staging folder. `etl run` and `etl serve` both ask.
    /// </summary>
    internal static string? ExtractionWorkersStorage(IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration["Etl:StagingFolder"])) return null;
        var hangfire = configuration["Hangfire:PostgresConnectionString"];
        if (string.IsNullOrWhiteSpace(hangfire))
            throw new UsageException("Etl:StagingFolder (extraction workers) needs Hangfire:PostgresConnectionString: the workers take " +
                                     "their jobs from Hangfire's PostgreSQL storage. Set it, or unset Etl:StagingFolder to extract in this process.");
        return hangfire;
    }

    static void PrintStatus(IReadOnlyList<SourceFreshness> freshness, IReadOnlyList<TableCount> tables)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"{"source",-12} {"last status",-12} {"last success (UTC)",-20} {"rows",10}");
        foreach (var f in freshness)
            Console.WriteLine(string.Create(inv,
                $"{f.Source,-12} {f.LastStatus,-12} {f.LastSuccessAt?.ToString("yyyy-MM-dd HH:mm:ss", inv) ?? "never",-20} {f.LastSuccessRows,10}"));
        if (freshness.Count == 0) Console.WriteLine("(no runs yet)");
        Console.WriteLine();
        foreach (var t in tables) Console.WriteLine(string.Create(inv, $"{t.Table,-16} {t.Rows,12:N0}"));
    }
}
