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
/// stands in: P(alive) 1 and purchase days per day since the first purchase × horizon.
/// </summary>
public static class OfferActivityModel
{
    /// <summary>Scores every customer of <paramref name="history"/> for <paramref name="horizonDays"/> days.</summary>
    public static OfferActivities Score(OfferHistory history, int horizonDays, CancellationToken ct)
    {
        var calibrationEnd = history.AsOf.AddDays(-1);
        var rows = history.Customers.Select(c => new CustomerSummaryRow(c.Id, c.PurchaseDays - 1,
            c.LastPurchaseOn.DayNumber - c.FirstPurchaseOn.DayNumber, calibrationEnd.DayNumber - c.FirstPurchaseOn.DayNumber, 0, 0)).ToList();
        var settings = new IntervalsSettings(calibrationEnd, null, TimeUnit.Weeks, horizonDays / 7.0, ClvMonths: 0, DiscountRate: 0.01,
            Margin: 1, OverdueFactor: 2);
        var model = IntervalsScoring.Score(rows, settings, ct);
        // a fit can pass its diagnostics and still forecast NaN (six customers in a test world did): then it is not used
        if (model.BgNbd.Diagnostics.Trusted && model.Customers.All(s => double.IsFinite(s.ProbabilityAlive ?? double.NaN) && double.IsFinite(s.ExpectedPurchases ?? double.NaN)))
            return new OfferActivities(model.Customers.Select(s =>
            {
                var alive = s.ProbabilityAlive ?? 0;
                var expected = s.ExpectedPurchases ?? 0;
                return new OfferActivity(alive, alive > 0 ? expected / alive : 0, Modelled: true);
            }).ToList(), true, null);
        var fallback = history.Customers.Select(c =>
            new OfferActivity(1, (double)c.PurchaseDays / (calibrationEnd.DayNumber - c.FirstPurchaseOn.DayNumber + 1) * horizonDays, false)).ToList();
        return new OfferActivities(fallback, false, rows.Count == 0 ? "No purchases before the as-of day."
            : "The BG/NBD fit could not be trusted on these data, so P(alive) is taken as 1 and expected purchases are each customer's own rate so far.");
    }
}
