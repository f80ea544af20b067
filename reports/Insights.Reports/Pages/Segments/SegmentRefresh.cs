using Insights.Reports.Caching;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Segments;

/// <summary>
/// Re-evaluates the saved segments after every load, in the process that ran it (<see cref="IAfterLoad"/>: the site's Hangfire
/// job and the CLI's <c>etl run</c>, after the customer scores), and in the site's warm-up for a state no load of this process
/// evaluated (a warehouse just migrated, or loaded by another process). <see cref="SegmentEvaluation.EvaluateAll"/> skips a
/// segment already evaluated at the current state, so the second caller does nothing.
/// </summary>
public sealed class SegmentRefresh(SegmentEvaluation evaluation) : IReportWarmUp, IAfterLoad
{
    /// <inheritdoc cref="IReportWarmUp.Name" />
    public string Name => "segments";

    /// <inheritdoc />
    public object Key(long state) => state;

    /// <inheritdoc />
    public int Run(CancellationToken cancellation) => evaluation.EvaluateAll(cancellation);

    /// <inheritdoc />
    public void Run(long runId, CancellationToken ct) => evaluation.EvaluateAll(ct);
}
