namespace Insights.Reports.Analytics;

/// <summary>
/// Customer lifetime value as lifetimes' <c>customer_lifetime_value</c> computes it: expected spend per purchase (Gamma-Gamma)
/// times the BG/NBD expected purchases in each month of the horizon, discounted monthly:
/// <code>
/// CLV = Σ_{k=1..months} margin · E[M] · (E[Y(k·m) | x, t_x, T] − E[Y((k−1)·m) | x, t_x, T]) / (1 + d)^k
/// </code>
/// with m one month in the time unit (30 days or 4.345 weeks) and d the monthly discount rate.
/// </summary>
public static class Clv
{
    /// <summary>The discounted value of one customer over <paramref name="months"/> months.</summary>
    public static double Value(BgNbdParameters model, TimeUnit unit, int x, double tx, double t, double expectedSpend,
        int months, double monthlyDiscountRate, double margin = 1) =>
        margin * expectedSpend * DiscountedPurchases(model, unit, x, tx, t, months, monthlyDiscountRate);

    /// <summary>
    /// Σ_{k=1..months} (E[Y(k·m)] − E[Y((k−1)·m)]) / (1 + d)^k: the discounted expected purchases, which depend on (x, t_x, T)
    /// only, so customers sharing a triple share it (CLV is then margin · E[M] · this).
    /// </summary>
    public static double DiscountedPurchases(BgNbdParameters model, TimeUnit unit, int x, double tx, double t, int months,
        double monthlyDiscountRate) =>
        BgNbd.ProbabilityAlive(model, x, tx, t) * DiscountedPurchasesIfAlive(model, unit, x, t, months, monthlyDiscountRate);

    /// <summary>
    /// <see cref="DiscountedPurchases"/> of a customer known to be alive (see <see cref="BgNbd.ExpectedPurchasesIfAlive"/>): it
    /// depends on (x, T) only, and times P(alive) it is the discounted expected purchases.
    /// </summary>
    public static double DiscountedPurchasesIfAlive(BgNbdParameters model, TimeUnit unit, int x, double t, int months,
        double monthlyDiscountRate)
    {
        var month = unit.Month();
        double value = 0, previous = 0;
        for (var k = 1; k <= months; k++)
        {
            var cumulative = BgNbd.ExpectedPurchasesIfAlive(model, k * month, x, t);
            value += (cumulative - previous) / Math.Pow(1 + monthlyDiscountRate, k);
            previous = cumulative;
        }
        return value;
    }
}
