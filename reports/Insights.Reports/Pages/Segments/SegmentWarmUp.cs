using Insights.Reports.Caching;

namespace Insights.Reports.Pages.Segments;

/// <summary>
/// Re-evaluates the saved segments whenever the warehouse state changes (the site's warm-up runs each <see cref="IReportWarmUp"/>
/// after a load). The lead moves the call into the after-load step once it exists; the work is <see cref="SegmentEvaluation"/>'s.
/// </summary>
public sealed class SegmentWarmUp(SegmentEvaluation evaluation) : IReportWarmUp
{
    /// <inheritdoc />
    public string Name => "segments";

    /// <inheritdoc />
    public object Key(long state) => state;

    /// <inheritdoc />
    public int Run(CancellationToken cancellation) => evaluation.EvaluateAll(cancellation);
}
