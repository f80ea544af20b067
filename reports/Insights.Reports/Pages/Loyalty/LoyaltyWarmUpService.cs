using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Insights.Reports.Pages.Loyalty;

/// <summary>
/// Runs <see cref="LoyaltyWarmUp"/> in the site whenever the warehouse state (the latest finished ETL run) changes: the cache
/// is emptied by every load, so every load is followed by one warm-up, at one query at a time.
/// </summary>
public sealed partial class LoyaltyWarmUpService(LoyaltyQuery query, LoyaltyWarmUp warmUp, IOptions<LoyaltyWarmUpOptions> options,
    ILogger<LoyaltyWarmUpService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        long? warmed = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var state = query.State;
                if (state != warmed)
                {
                    var watch = System.Diagnostics.Stopwatch.StartNew();
                    var views = await Task.Run(() => warmUp.Run(stoppingToken), stoppingToken);
                    warmed = state;
                    Warmed(logger, views, state, watch.ElapsedMilliseconds);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                Failed(logger, e);   // the pages compute on demand as before; the next state tries again
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

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Loyalty views warmed: {Views} views of single filters for run {RunId} in {Milliseconds} ms")]
    static partial void Warmed(ILogger logger, int views, long runId, long milliseconds);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Loyalty warm-up failed; the views are computed on demand")]
    static partial void Failed(ILogger logger, Exception exception);
}
