using Insights.Reports.Caching;
using Insights.Reports.Pages.CrossSell.Opportunities;
using Insights.Reports.Pages.CrossSell.Rules;
using Insights.Reports.Pages.CrossSell.Sequences;
using Insights.Reports.Pages.CrossSell.WhiteSpace;
using Insights.Reports.Pages.Intervals;
using Insights.Reports.Pages.Overview;

namespace Insights.Reports.Pages;

/// <summary>
/// Computes the default view of each page kept in <see cref="AnalyticsCache"/> (the overview, basket rules, sequences, white
/// space, new-offering opportunities, the intervals page's models and category cycles) once per warehouse state (and day: the overview
/// marks the running month), one after another, so the
/// first visitor after a load finds them ready. At SF10 they cost seconds to a minute each, in the background; other filters are
/// computed on their first request and kept for the state.
/// </summary>
public sealed class AnalyticsWarmUp(RulesQuery rules, SequencesQuery sequences, WhiteSpaceQuery whiteSpace,
    OpportunitiesQuery opportunities, IntervalsQuery intervals, OverviewQuery overview, TimeProvider clock) : IReportWarmUp
{
    /// <inheritdoc />
    public string Name => "analytics";

    /// <inheritdoc />
    public object Key(long state) => (state, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    /// <inheritdoc />
    public int Run(CancellationToken cancellation)
    {
        // the pages' default filters, as a request without parameters binds them
        var views = new Action[]
        {
            () => overview.Run(new OverviewFilter().Months, cancellation),
            () => rules.Run(new RulesFilter(), cancellation),
            () => sequences.Run(new SequencesFilter(), cancellation),
            () => whiteSpace.Run(new WhiteSpaceFilter(), cancellation),
            () => opportunities.Run(new OpportunitiesFilter(), cancellation),
            () => intervals.Run(new IntervalsFilter(), cancellation),
            () => intervals.Run(new IntervalsFilter { Section = "categories" }, cancellation),
        };
        foreach (var view in views)
        {
            cancellation.ThrowIfCancellationRequested();
            view();
        }
        return views.Length;
    }
}
