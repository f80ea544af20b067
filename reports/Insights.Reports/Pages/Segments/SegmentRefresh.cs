using Insights.Reports.Caching;

namespace Insights.Reports.Pages.Segments;

/// <summary>
/// Re-evaluates the saved segments whenever the warehouse state changes (the site's warm-up runs each <see cref="IReportWarmUp"/>
/// after a load); the work is <see cref="SegmentEvaluation"/>'s, which the CLI's `etl run` also calls once after all its sources.
/// Not an after-load step (IAfterLoad): that runs after each source's run, so one load of five sources would record five
/// evaluations, and "who entered since the last load" would show only the last source's (usually nobody); see docs/reports/segments.md.
/// </summary>
public sealed class SegmentRefresh(SegmentEvaluation evaluation) : IReportWarmUp
{
    /// <inheritdoc />
    public string Name => "segments";

    /// <inheritdoc />
    public object Key(long state) => state;

    /// <inheritdoc />
    public bool KeepsWarehouseCurrent => true;

    /// <inheritdoc />
    public int Run(CancellationToken cancellation) => evaluation.EvaluateAll(cancellation);
}
