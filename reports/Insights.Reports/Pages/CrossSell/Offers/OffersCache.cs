using System.Globalization;
using Insights.Reports.Caching;
using Microsoft.Extensions.Caching.Hybrid;

namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>
/// The offers page's backtests by warehouse state and parameters (see <see cref="ResultCache"/>): a backtest costs seconds at SF1
/// and its numbers change only when a load commits, so the first request computes it and later ones read it.
/// </summary>
public sealed class OffersCache(HybridCache cache, WarehouseState state, OffersBacktest backtest) : ResultCache(cache, "offers")
{
    /// <summary>The backtest of <paramref name="filter"/> at the current warehouse state.</summary>
    /// <exception cref="BacktestRefusedException">The warehouse's dates refuse the cutoff or the horizon.</exception>
    public BacktestResult Backtest(OffersFilter filter, CancellationToken ct)
    {
        var key = string.Join("|", filter.IsCategoryLevel ? "category" : "product", filter.Cutoff?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            filter.Horizon.ToString(CultureInfo.InvariantCulture), filter.MinSupport.ToString(CultureInfo.InvariantCulture),
            filter.MinLift.ToString(CultureInfo.InvariantCulture), filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return GetOrAdd(state.Current, key, token => backtest.Run(filter, token), ct);
    }
}
