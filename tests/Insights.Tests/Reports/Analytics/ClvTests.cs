using Insights.Reports.Analytics;

namespace Insights.Tests.Reports.Analytics;

/// <summary>CLV as lifetimes computes it: monthly increments of the expected purchases, times the expected spend, discounted.</summary>
public sealed class ClvTests
{
    static readonly BgNbdParameters P = new(0.243, 4.414, 0.793, 2.426);

    [Fact]
    public void Two_months_discounted_by_hand()
    {
        // one month = 4.345 weeks; E1 = E[Y(4.345)], E2 = E[Y(8.69)]; CLV = 30 · (E1 / 1.1 + (E2 − E1) / 1.1²)
        var e1 = ConditionalExpectation.Purchases(P, 4.345, 2, 30.43, 38.86);
        var e2 = ConditionalExpectation.Purchases(P, 8.69, 2, 30.43, 38.86);

        var clv = Clv.Value(P, TimeUnit.Weeks, 2, 30.43, 38.86, expectedSpend: 30, months: 2, monthlyDiscountRate: 0.1);

        Assert.Equal(30 * (e1 / 1.1 + (e2 - e1) / 1.21), clv, 10);
    }

    [Fact]
    public void Without_discounting_clv_is_spend_times_the_expected_purchases_over_the_horizon()
    {
        // 12 months undiscounted telescopes to E[Y(12 · 4.345)], times the spend and the margin
        var clv = Clv.Value(P, TimeUnit.Weeks, 2, 30.43, 38.86, expectedSpend: 25, months: 12, monthlyDiscountRate: 0, margin: 0.4);

        Assert.Equal(0.4 * 25 * ConditionalExpectation.Purchases(P, 12 * 4.345, 2, 30.43, 38.86), clv, 10);
    }

    [Fact]
    public void Days_use_thirty_day_months()
    {
        var inDays = P with { Alpha = P.Alpha * 7 };   // the same customers with α in days (α scales with the unit, r, a, b do not)
        var clv = Clv.Value(inDays, TimeUnit.Days, 2, 30.43 * 7, 38.86 * 7, expectedSpend: 25, months: 1, monthlyDiscountRate: 0);

        Assert.Equal(25 * ConditionalExpectation.Purchases(inDays, 30, 2, 30.43 * 7, 38.86 * 7), clv, 10);
    }
}
