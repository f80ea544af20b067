using Insights.Reports.Analytics;

namespace Insights.Reports.Pages.Intervals;

/// <summary>
/// Fits BG/NBD and Gamma-Gamma to the customers' summaries and scores every customer. Pure: the same rows and settings give the
/// same result. Customers sharing (x, t_x, T) in whole days share the likelihood term and every BG/NBD quantity, so the fit
/// and the scoring run once per distinct triple (exact, not an approximation).
/// </summary>
public static class IntervalsScoring
{
    /// <summary>Fits and scores; see <see cref="IntervalsModelResult"/>. <paramref name="ct"/> stops the scoring between customers.</summary>
    public static IntervalsModelResult Score(IReadOnlyList<CustomerSummaryRow> rows, IntervalsSettings settings, CancellationToken ct = default)
    {
        var days = settings.Unit.Days();
        var index = new Dictionary<(int, int, int), int>();
        var groupOf = new int[rows.Count];
        var keys = new List<(int X, int Tx, int T)>();
        var weights = new List<double>();
        for (var i = 0; i < rows.Count; i++)
        {
            var key = (rows[i].Frequency, rows[i].RecencyDays, rows[i].AgeDays);
            if (!index.TryGetValue(key, out var g))
            {
                index[key] = g = keys.Count;
                keys.Add(key);
                weights.Add(0);
            }
            weights[g]++;
            groupOf[i] = g;
        }
        var groups = keys.Select((k, g) => new RecencyFrequency(k.X, k.Tx / days, k.T / days, weights[g])).ToList();
        var bg = BgNbd.Fit(groups);
        var gg = GammaGamma.Fit(rows.Where(r => r.Frequency > 0 && r.MeanRepeatAmount > 0)
            .Select(r => new SpendSummary(r.Frequency, r.MeanRepeatAmount)).ToList());

        var trusted = bg.Diagnostics.Trusted;
        var spendTrusted = trusted && gg.Diagnostics.Trusted;
        var alive = new double[groups.Count];
        var expected = new double[groups.Count];
        var holdout = new double[groups.Count];
        var discounted = new double[groups.Count];
        if (trusted)
        {
            var p = bg.Parameters;
            var holdoutLength = settings.HoldoutLength;
            // E[Y | x, t_x, T] = E[Y | alive, x, T] · P(alive | x, t_x, T): the series-heavy factor is computed once per distinct (x, T)
            var pairIndex = new Dictionary<(int, int), int>();
            var pairOf = new int[groups.Count];
            var pairs = new List<(int X, double T)>();
            for (var g = 0; g < groups.Count; g++)
            {
                var key = (keys[g].X, keys[g].T);
                if (!pairIndex.TryGetValue(key, out var k)) { pairIndex[key] = k = pairs.Count; pairs.Add((keys[g].X, keys[g].T / days)); }
                pairOf[g] = k;
            }
            var ifAlive = new (double Expected, double Holdout, double Discounted)[pairs.Count];
            ct.ThrowIfCancellationRequested();
            Parallel.For(0, pairs.Count, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = ct }, k =>
            {
                var (x, t) = pairs[k];
                ifAlive[k] = (BgNbd.ExpectedPurchasesIfAlive(p, settings.Horizon, x, t),
                    holdoutLength > 0 ? BgNbd.ExpectedPurchasesIfAlive(p, holdoutLength, x, t) : 0,
                    Clv.DiscountedPurchasesIfAlive(p, settings.Unit, x, t, settings.ClvMonths, settings.DiscountRate));
            });
            for (var g = 0; g < groups.Count; g++)
            {
                var c = groups[g];
                var a = alive[g] = BgNbd.ProbabilityAlive(p, c.Frequency, c.Recency, c.T);
                var pair = ifAlive[pairOf[g]];
                (expected[g], holdout[g], discounted[g]) = (a * pair.Expected, a * pair.Holdout, a * pair.Discounted);
            }
        }

        var hasHoldout = settings.HoldoutEnd is not null;
        var customers = new CustomerScore[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var g = groupOf[i];
            double? spend = spendTrusted ? GammaGamma.ConditionalExpectedAverageSpend(gg.Parameters, r.Frequency, r.MeanRepeatAmount) : null;
            customers[i] = new CustomerScore(r.CustomerId, r.Frequency, r.RecencyDays / days, r.AgeDays / days, r.MeanRepeatAmount,
                trusted ? alive[g] : null, trusted ? expected[g] : null, spend,
                spend is { } m ? settings.Margin * m * discounted[g] : null,
                trusted && hasHoldout ? holdout[g] : null, hasHoldout ? r.HoldoutPurchaseDays : null);
        }
        return new IntervalsModelResult(settings, bg, gg, customers, hasHoldout && trusted ? Validate(customers) : []);
    }

    /// <summary>Mean actual vs predicted hold-out purchases per calibration frequency 0..6 and 7+, then over everyone.</summary>
    static List<ValidationBucket> Validate(IReadOnlyList<CustomerScore> customers)
    {
        var buckets = customers.GroupBy(c => Math.Min(c.Frequency, 7)).OrderBy(g => g.Key)
            .Select(g => new ValidationBucket(g.Key == 7 ? "7+" : g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture),
                g.Count(), g.Average(c => (double)c.ActualHoldoutPurchases!.Value), g.Average(c => c.PredictedHoldoutPurchases!.Value)))
            .ToList();
        if (customers.Count > 0)
            buckets.Add(new ValidationBucket("all", customers.Count, customers.Average(c => (double)c.ActualHoldoutPurchases!.Value),
                customers.Average(c => c.PredictedHoldoutPurchases!.Value)));
        return buckets;
    }
}
