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
    OpportunitiesQuery opportunities, IntervalsQuery intervals, OverviewQuery overview, TimeProvider clock, WarmUpViews views) : IReportWarmUp
{
    /// <inheritdoc />
    public string Name => "analytics";

    /// <inheritdoc />
    public object Key(long state) => (state, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    /// <inheritdoc />
    public int Run(CancellationToken cancellation)
    {
        var warmed = 0;
        void Warm(string view, Action read)
        {
            if (views.Warm(Name, view, read, cancellation)) warmed++;
        }

        // the pages' default filters, as a request without parameters binds them
        Warm("overview", () => overview.Run(new OverviewFilter().Months, cancellation));
        var products = default(RulesResult);
        Warm("rules", () => products = rules.Run(new RulesFilter(), cancellation));
        // the rules entry page opens at category level when the product defaults give no rule (see its page model): that view too
        if (products is { Rules.Count: 0, HasBaskets: true, Problems.Count: 0 })
            Warm("category rules", () => rules.Run(new RulesFilter { Level = "category" }, cancellation));
        Warm("sequences", () => sequences.Run(new SequencesFilter(), cancellation));
        // the product level's first days of the whole history, kept (about 90 MB at SF10), so any window's first view only
        // counts (0.7 s there) instead of reading them too (1.0 s more): days, not a view
        views.Warm(Name, "product sequences' first days", () => sequences.KeepFirsts(new SequencesFilter { Level = "product" }, cancellation),
            cancellation);
        Warm("white space", () => whiteSpace.Run(new WhiteSpaceFilter(), cancellation));
        // the opportunities' default: read from the lists the load keeps once it has built them (and kept, so its chart is
        // drawn once), else computed
        Warm("opportunities", () => opportunities.Run(new OpportunitiesFilter(), cancellation));
        Warm("intervals", () => intervals.Run(new IntervalsFilter(), cancellation));
        Warm("intervals categories", () => intervals.Run(new IntervalsFilter { Section = "categories" }, cancellation));
        Warm("intervals rhythm", () => intervals.Run(new IntervalsFilter { Section = "rhythm" }, cancellation));
        return warmed;
    }
}
