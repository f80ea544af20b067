using Insights.Warehouse;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Insights.Reports.Caching;

/// <summary>
/// Runs every <see cref="IReportWarmUp"/> in the site, one after another, whenever what it depends on changes (the warehouse
/// state: every load empties the caches; for a view that ages, the clock's step too). Not while a load runs in the process: a
/// full load commits once per source, and warming the views of each intermediate state would compete with the next source's
/// load for DuckDB's memory and the cores, for views the next commit drops.
/// </summary>
public sealed partial class ReportWarmUpService(WarehouseState state, IEnumerable<IReportWarmUp> warmUps, IOptions<ReportWarmUpOptions> options,
    DuckDbWarehouse warehouse, ILogger<ReportWarmUpService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        var warmed = new Dictionary<string, object>();
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var warmUp in warmUps.Where(w => options.Value.WarmCaches || w.KeepsWarehouseCurrent))
            {
                if (warehouse.Gate.Loading) break;
                try
                {
                    var key = warmUp.Key(state.Current);
                    if (warmed.TryGetValue(warmUp.Name, out var done) && Equals(done, key)) continue;
                    var watch = System.Diagnostics.Stopwatch.StartNew();
                    var views = await Task.Run(() => warmUp.Run(stoppingToken), stoppingToken);
                    warmed[warmUp.Name] = key;
                    Warmed(logger, warmUp.Name, views, key.ToString() ?? "", watch.ElapsedMilliseconds);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    Failed(logger, e, warmUp.Name);   // the pages compute on demand as before; the next state tries again
                }
            }
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(options.Value.PollSeconds), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;   // the site is stopping
            }
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "{Report} views warmed: {Views} views for {Key} in {Milliseconds} ms")]
    static partial void Warmed(ILogger logger, string report, int views, string key, long milliseconds);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "{Report} warm-up failed; the views are computed on demand")]
    static partial void Failed(ILogger logger, Exception exception, string report);
}
