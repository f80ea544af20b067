using Insights.Reports.Caching;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Insights.Reports.Pages.Customers.Scores;

/// <summary>
/// Catches the per-customer marts up with the warehouse in the background, never in a page view: as one of the site's warm-ups
/// (at start and after each state change: a warehouse loaded before the marts existed, or a step that failed after a load),
/// and on first need, when a profile finds no fit (<see cref="Request"/>, for a site whose warm-up is off).
/// </summary>
public sealed partial class CustomerScoresRefresh(CustomerScoresStep step, IHostApplicationLifetime lifetime, ILogger<CustomerScoresRefresh> logger)
    : IReportWarmUp
{
    /// <summary>
    /// The least time between two catch-ups a profile asks for: a step that keeps failing (a budget too short for the data)
    /// must not start a fit for every view of a profile.
    /// </summary>
    public static readonly TimeSpan RequestInterval = TimeSpan.FromMinutes(5);

    readonly object _sync = new();
    Task _running = Task.CompletedTask;
    long _lastStart = long.MinValue;

    /// <inheritdoc />
    public string Name => "customers";

    /// <inheritdoc />
    public object Key(long state) => state;

    /// <inheritdoc />
    public bool KeepsWarehouseCurrent => true;

    /// <inheritdoc />
    public int Run(CancellationToken cancellation) => step.Refresh(cancellation) ? 1 : 0;

    /// <summary>The background catch-up started last (a completed task when none runs): tests await it.</summary>
    public Task Running
    {
        get { lock (_sync) return _running; }
    }

    /// <summary>
    /// Starts the catch-up in the background unless one is running or one started less than <see cref="RequestInterval"/> ago;
    /// returns at once (the task, for tests).
    /// </summary>
    public Task Request()
    {
        lock (_sync)
        {
            if (!_running.IsCompleted) return _running;
            var now = Environment.TickCount64;
            if (_lastStart != long.MinValue && now - _lastStart < (long)RequestInterval.TotalMilliseconds) return _running;
            _lastStart = now;
            var stopping = lifetime.ApplicationStopping;
            return _running = Task.Run(() =>
            {
                try
                {
                    step.Refresh(stopping);
                }
                catch (Exception e) when (!stopping.IsCancellationRequested)
                {
                    Failed(logger, e);   // the next request or warm-up tries again
                }
                catch (OperationCanceledException)
                {
                    // the site is stopping
                }
            }, CancellationToken.None);
        }
    }

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "The background computation of the customer scores failed")]
    static partial void Failed(ILogger logger, Exception exception);
}
