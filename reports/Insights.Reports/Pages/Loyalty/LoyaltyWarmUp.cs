using Insights.Reports.Caching;

namespace Insights.Reports.Pages.Loyalty;

/// <summary>
/// Computes every tab (and its charts) of each single-value filter (one region, one channel or one category, at the default
/// date) into the result cache, one after another, so that the first visitor of such a filter after a load finds it ready
/// instead of waiting for a query over the order marts. Combinations of filters and other dates stay computed on demand.
/// </summary>
public sealed class LoyaltyWarmUp(LoyaltyQuery query) : IReportWarmUp
{
    /// <inheritdoc />
    public string Name => "loyalty";

    /// <inheritdoc />
    public object Key(long state) => state;

    /// <summary>The filters warmed: every region, channel and category the warehouse knows, each alone.</summary>
    public IReadOnlyList<LoyaltyFilter> Filters()
    {
        var choices = query.Choices();
        if (choices.LatestAsOf is null) return [];
        return
        [
            .. choices.Regions.Select(r => new LoyaltyFilter { Region = r }),
            .. choices.Channels.Select(c => new LoyaltyFilter { Channel = c }),
            .. choices.Categories.Select(c => new LoyaltyFilter { Category = c }),
        ];
    }

    /// <summary>Warms every filter of <see cref="Filters"/>; returns how many views it computed or found cached.</summary>
    public int Run(CancellationToken cancellation)
    {
        var views = 0;
        foreach (var filter in Filters())
        {
            cancellation.ThrowIfCancellationRequested();
            var scope = query.Resolve(filter);
            query.Rfm(scope);
            query.Migration(scope);
            query.Cohorts(scope);
            query.Price(scope);
            query.Service(scope);
            views += LoyaltyFilter.Views.Count;
            foreach (var chart in LoyaltyCharts.Names)
            {
                LoyaltyCharts.Svg(query, scope, chart);
                LoyaltyCharts.Svg(query, scope, chart, phone: true);
            }
        }
        return views;
    }
}
