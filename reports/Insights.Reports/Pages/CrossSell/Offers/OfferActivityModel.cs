using Insights.Reports.Analytics;
using Insights.Reports.Pages.Intervals;

namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>Every customer's activities with whether the BG/NBD model behind them could be trusted.</summary>
public sealed record OfferActivities(IReadOnlyList<OfferActivity> Customers, bool Modelled, string? ModelNote);

/// <summary>
/// P(alive) and expected purchases for the offers' horizon, by the intervals report's own scoring (<see cref="IntervalsScoring"/>,
/// BG/NBD in weeks) fitted in-process on the history as of its day: calibration ends the day before the as-of day, so a backtest
/// fits on the data before its cutoff only. When the fit cannot be trusted or forecasts a non-finite number (a tiny or odd
/// warehouse), each customer's own rate
/// stands in: P(alive) 1 and purchase days per day since the first purchase × horizon. The after-load step passes the fit it
/// made for the scores (<see cref="Fits"/> says whether it is the same fit), so a load fits BG/NBD once.
/// </summary>
public static class OfferActivityModel
{
    /// <summary>
    /// Scores every customer of <paramref name="history"/> for <paramref name="horizonDays"/> days, from <paramref name="fitted"/>
    /// when it <see cref="Fits"/> (the same calibration end, horizon and customers: the same fit), else by a fit of its own.
    /// </summary>
    public static OfferActivities Score(OfferHistory history, int horizonDays, CancellationToken ct, OfferFit? fitted = null)
    {
        var calibrationEnd = history.AsOf.AddDays(-1);
        var fit = fitted is not null && Fits(fitted, history, horizonDays) ? fitted : Fit(history, calibrationEnd, horizonDays, ct);
        // a fit can pass its diagnostics and still forecast NaN (six customers in a test world did): then it is not used
        if (fit.Trusted && fit.ProbabilityAlive.All(double.IsFinite) && fit.ExpectedPurchases.All(double.IsFinite))
        {
            var modelled = new List<OfferActivity>(fit.Count);
            for (var i = 0; i < fit.Count; i++)
            {
                var (alive, expected) = (fit.ProbabilityAlive[i], fit.ExpectedPurchases[i]);
                modelled.Add(new OfferActivity(alive, alive > 0 ? expected / alive : 0, Modelled: true));
            }
            return new OfferActivities(modelled, true, null);
        }
        var rows = history.Customers;
        var fallback = history.Customers.Select(c =>
            new OfferActivity(1, (double)c.PurchaseDays / (calibrationEnd.DayNumber - c.FirstPurchaseOn.DayNumber + 1) * horizonDays, false)).ToList();
        return new OfferActivities(fallback, false, rows.Count == 0 ? "No purchases before the as-of day."
            : "The BG/NBD fit could not be trusted on these data, so P(alive) is taken as 1 and expected purchases are each customer's own rate so far.");
    }

    /// <summary>
    /// True when <paramref name="fit"/> is the fit this class would make on <paramref name="history"/>: BG/NBD in weeks, calibrated
    /// on the day before the as-of day, forecasting the same horizon, over the same customers in the same order (the fit groups
    /// customers in the order it reads them, so the same rows give the same parameters).
    /// </summary>
    public static bool Fits(OfferFit fit, OfferHistory history, int horizonDays)
    {
        var s = fit.Settings;
        if (s.Unit != TimeUnit.Weeks || s.CalibrationEnd != history.AsOf.AddDays(-1) || s.Horizon != horizonDays / 7.0
            || fit.Count != history.Customers.Count) return false;
        for (var i = 0; i < history.Customers.Count; i++)
        {
            var c = history.Customers[i];
            if (c.Id != fit.CustomerIds[i] || c.PurchaseDays - 1 != fit.Frequency[i]
                || Math.Round(fit.Recency[i] * 7) != c.LastPurchaseOn.DayNumber - c.FirstPurchaseOn.DayNumber
                || Math.Round(fit.T[i] * 7) != s.CalibrationEnd.DayNumber - c.FirstPurchaseOn.DayNumber) return false;
        }
        return true;
    }

    static OfferFit Fit(OfferHistory history, DateOnly calibrationEnd, int horizonDays, CancellationToken ct)
    {
        var rows = history.Customers.Select(c => new CustomerSummaryRow(c.Id, c.PurchaseDays - 1,
            c.LastPurchaseOn.DayNumber - c.FirstPurchaseOn.DayNumber, calibrationEnd.DayNumber - c.FirstPurchaseOn.DayNumber, 0, 0)).ToList();
        var settings = new IntervalsSettings(calibrationEnd, null, TimeUnit.Weeks, horizonDays / 7.0, ClvMonths: 0, DiscountRate: 0.01,
            Margin: 1, OverdueFactor: 2);
        return OfferFit.From(IntervalsScoring.Score(rows, settings, ct));
    }
}
