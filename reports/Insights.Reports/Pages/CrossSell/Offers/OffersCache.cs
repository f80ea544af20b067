using System.Globalization;
using System.Text.Json;
using Insights.Reports.Caching;
using Microsoft.Extensions.Caching.Hybrid;

namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>
/// The offers page's results by warehouse state and parameters (see <see cref="ResultCache"/>): a backtest costs seconds at SF1,
/// and a page of offers read from the kept offers (mart_customer_offer) about a second at SF10 when nothing is cached; both change
/// only when a load commits, so the first request computes them and later ones read them. Offers the page must compute (other
/// parameters, or kept offers not yet current, as while the after-load step writes them) are kept under their own key, so a
/// page computed during a load is computed once, and the kept offers replace them as soon as they are written.
/// </summary>
public sealed class OffersCache(HybridCache cache, WarehouseState state, OffersBacktest backtest, OffersQuery query) : ResultCache(cache, "offers")
{
    /// <summary>The offers page's result for <paramref name="filter"/> (its own row limit), cached when read from the kept offers.</summary>
    public OffersResult Offers(OffersFilter filter, CancellationToken ct)
    {
        // computed offers are kept apart from those read from the kept offers: once the after-load step has written the kept
        // offers of this state, the page reads those (the "where the offers came from" line says which). The serialized filter
        // carries the applied saved segment (AppliedSegment: id and evaluation time), so another segment or a re-evaluation of
        // the same one is another entry
        var key = (query.KeptOffersAnswer(filter) ? "page|" : "computed|") + JsonSerializer.Serialize(filter);
        return GetOrAdd(state.Current, key, token => query.Run(filter, filter.Limit, token), ct);
    }

    /// <summary>The product categories the filter offers, read once per warehouse state (the form is drawn for every request).</summary>
    public IReadOnlyList<string> Categories() => GetOrAdd(state.Current, "categories", query.Categories);

    /// <summary>The backtest of <paramref name="filter"/> at the current warehouse state.</summary>
    /// <exception cref="BacktestRefusedException">The warehouse's dates refuse the cutoff or the horizon.</exception>
    public BacktestResult Backtest(OffersFilter filter, CancellationToken ct)
    {
        var key = string.Join("|", filter.IsCategoryLevel ? "category" : "product", filter.Cutoff?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            filter.Horizon.ToString(CultureInfo.InvariantCulture), filter.MinSupport.ToString(CultureInfo.InvariantCulture),
            filter.MinLift.ToString(CultureInfo.InvariantCulture), filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return GetOrAdd(state.Current, key, token => backtest.Run(filter, token), ct);
    }

    /// <summary>
    /// The backtest of <paramref name="filter"/>, or, when the warehouse refuses its horizon and the reader chose neither the
    /// horizon nor the cutoff (the default, on a history too short for it: a cutoff needs purchases before it and the horizon
    /// after it), the longest of 60, 30, 14 and 7 days that fits, with the filter it used and a note saying so. A horizon or
    /// cutoff the reader chose is never changed.
    /// </summary>
    /// <exception cref="BacktestRefusedException">The warehouse refuses the filter (and every shorter default horizon).</exception>
    public (BacktestResult Result, OffersFilter Used, string? Note) BacktestOrShorter(OffersFilter filter, bool readerChose, CancellationToken ct)
    {
        try
        {
            return (Backtest(filter, ct), filter, null);
        }
        catch (BacktestRefusedException) when (!readerChose)
        {
            foreach (var days in new[] { 60, 30, 14, 7 }.Where(d => d < filter.Horizon))
            {
                var shorter = filter with { Horizon = days };
                try
                {
                    return (Backtest(shorter, ct), shorter, string.Create(CultureInfo.InvariantCulture,
                        $"The purchase history is too short for a {filter.Horizon}-day backtest (the cutoff needs purchases before it and {filter.Horizon} days after it), so this one uses a {days}-day horizon, the longest of 60, 30, 14 and 7 days that fits."));
                }
                catch (BacktestRefusedException)
                {
                }
            }
            throw;
        }
    }
}
