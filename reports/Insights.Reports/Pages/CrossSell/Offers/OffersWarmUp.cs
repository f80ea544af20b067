using Insights.Reports.Caching;

namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>
/// Reads the offers page's default view from the kept offers into the cache once they are current for the latest load (the
/// after-load step writes them after the load's commit, so the warm-up runs again when they become current), so the first
/// visitor of /cross-sell/offers finds it ready.
/// </summary>
public sealed class OffersWarmUp(OffersQuery query, OffersCache cache) : IReportWarmUp
{
    /// <inheritdoc />
    public string Name => "offers";

    /// <inheritdoc />
    public object Key(long state) => (state, query.KeptOffersAnswer(new OffersFilter()));

    /// <inheritdoc />
    public int Run(CancellationToken cancellation)
    {
        var filter = new OffersFilter();
        if (!query.KeptOffersAnswer(filter)) return 0;   // computing them here would duplicate the after-load step's work
        cache.Offers(filter, cancellation);
        return 1;
    }
}
