using Insights.Reports.Caching;
using Insights.Reports.Pages.CrossSell.Opportunities;
using Insights.Reports.Pages.CrossSell.Rules;
using Insights.Reports.Pages.CrossSell.Sequences;
using Insights.Reports.Pages.CrossSell.WhiteSpace;
using Insights.Reports.Pages.Intervals;

namespace Insights.Reports.Pages;

/// <summary>
/// Computes the default view of each analytical page kept in <see cref="AnalyticsCache"/> (basket rules, sequences, white
/// space, new-offering opportunities, the intervals page's category cycles) once per warehouse state, one after another, so the
/// first visitor after a load finds them ready. At SF10 they cost seconds to a minute each, in the background; other filters are
/// computed on their first request and kept for the state.
/// </summary>
public sealed class AnalyticsWarmUp(RulesQuery rules, SequencesQuery sequences, WhiteSpaceQuery whiteSpace,
    OpportunitiesQuery opportunities, IntervalsQuery intervals) : IReportWarmUp
{
    /// <inheritdoc />
    public string Name => "analytics";

    /// <inheritdoc />
    public object Key(long state) => state;

    /// <inheritdoc />
    public int Run(CancellationToken cancellation)
    {
        // the pages' default filters, as a request without parameters binds them
        var views = new Action[]
        {
            () => rules.Run(new RulesFilter(), cancellation),
            () => sequences.Run(new SequencesFilter(), cancellation),
            () => whiteSpace.Run(new WhiteSpaceFilter(), cancellation),
            () => opportunities.Run(new OpportunitiesFilter(), cancellation),
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
