namespace Insights.Reports.Caching;

/// <summary>
/// A report's views computed into its result cache in the background (<see cref="ReportWarmUpService"/>), so that their first
/// visitor after a load finds them ready.
/// </summary>
public interface IReportWarmUp
{
    /// <summary>The report, for the log.</summary>
    string Name { get; }

    /// <summary>
    /// What the warmed results depend on at warehouse state <paramref name="state"/> (the state itself, or the state and the
    /// clock's step for views that age): the warm-up runs again when it changes.
    /// </summary>
    object Key(long state);

    /// <summary>
    /// Whether the warm-up keeps warehouse tables current (segment members, per-customer scores) rather than filling a cache of
    /// this process: a process that serves no pages (`insights etl serve`) runs only these.
    /// </summary>
    bool KeepsWarehouseCurrent => false;

    /// <summary>Computes the views (one query at a time); returns how many it computed or found cached.</summary>
    int Run(CancellationToken cancellation);
}
