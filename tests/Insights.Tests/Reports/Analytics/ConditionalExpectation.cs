using Insights.Reports.Analytics;

namespace Insights.Tests.Reports.Analytics;

/// <summary>
/// E[Y(t) | x, t_x, T] (FHL 2005, eq. 10), the published conditional expectation the tests check against, as the scoring
/// computes it: the expectation if alive times P(alive) (BgNbd keeps the two factors apart, so customers sharing (x, T) share
/// the first).
/// </summary>
static class ConditionalExpectation
{
    public static double Purchases(BgNbdParameters p, double horizon, int x, double tx, double t) =>
        BgNbd.ExpectedPurchasesIfAlive(p, horizon, x, t) * BgNbd.ProbabilityAlive(p, x, tx, t);
}
