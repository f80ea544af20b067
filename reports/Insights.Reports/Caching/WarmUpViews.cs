using Insights.Reports.Limits;
using Insights.Warehouse;
using Microsoft.Extensions.Logging;

namespace Insights.Reports.Caching;

/// <summary>
/// A warm-up's views, computed one after another as work no request waits for: each under the background budget
/// (<see cref="ComputeGate.BackgroundBudget"/>: a default view that takes minutes at SF10 on a busy machine is still computed
/// once, so its page finds it ready instead of refusing it past a page's budget), and a view that fails is logged and left to
/// be computed on demand while the warm-up goes on with the others (one slow view kept every view after it cold, and the
/// warm-up tried it again at every poll). Each view reads in one read scope, as a page does: the cache computes a missing
/// view off the warm-up's flow, and a connection it opened outside the scope would wait behind a pending commit that waits for
/// the warm-up's own connection, stalling the load for the commit gate's whole wait.
/// </summary>
public sealed partial class WarmUpViews(ComputeGate gate, DuckDbWarehouse? warehouse, ILogger<WarmUpViews> logger)
{
    /// <summary>Computes one view of <paramref name="report"/> by <paramref name="read"/>; false when it failed (logged).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> fired (the site is stopping).</exception>
    public bool Warm(string report, string view, Action read, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        using var budget = gate.BackgroundBudget();
        using var scope = warehouse?.BeginReadScope();
        try
        {
            read();
            return true;
        }
        catch (Exception e) when (!cancellation.IsCancellationRequested)
        {
            Failed(logger, e, report, view);
            return false;
        }
    }

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "{Report} warm-up: the {View} view failed and is left to be computed on demand")]
    static partial void Failed(ILogger logger, Exception exception, string report, string view);
}
