using Insights.Reports.Pages.CrossSell.Offers;
using Insights.Reports.Pages.Intervals;

namespace Insights.Reports.Pages.Customers.Scores;

/// <summary>
/// What the per-customer scores are fitted with: the intervals page's default view (calibration end = the last purchase day,
/// weeks, CLV over 12 months at 1% a month, margin 1, overdue at 2 × the median gap), except that the expected purchases are
/// over the next 90 days, the profile's horizon; and the cross-sell offers page's default filter (top 3, category level).
/// The fit does not depend on the horizon, so P(alive) and CLV are the intervals page's default figures.
/// </summary>
public static class CustomerScoreSettings
{
    /// <summary>Days ahead of the expected purchases on the profile.</summary>
    public const int HorizonDays = 90;

    /// <summary>
    /// The intervals filter of the fit (a new one each time: filters are mutable records). In weeks, as the scores were first
    /// fitted (the filter's default unit is now the page's, days: the CLI's and the page's defaults agree).
    /// </summary>
    public static IntervalsFilter Intervals() => new() { Unit = "weeks", Horizon = HorizonDays / 7.0 };

    /// <summary>The offers filter of the mart: the offers page's defaults.</summary>
    public static OffersFilter Offers() => new();
}
