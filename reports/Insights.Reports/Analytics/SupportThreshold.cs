namespace Insights.Reports.Analytics;

/// <summary>
/// Exact thresholds on whole counts. "support ≥ s" over n baskets means count ≥ s·n, compared in decimal arithmetic (exact for
/// any threshold written in decimal), so an itemset at exactly the boundary (10 of 9,835 at 0.001: 10 ≥ 9.835) is never lost or
/// gained by floating-point rounding. Confidence and lift thresholds are compared the same way (see <see cref="AssociationRules"/>).
/// </summary>
public static class SupportThreshold
{
    /// <summary>The smallest basket count whose support is at least <paramref name="minSupport"/> of <paramref name="baskets"/> (at least 1).</summary>
    public static int MinCount(decimal minSupport, int baskets)
    {
        if (minSupport is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(minSupport), "Minimum support is a share between 0 and 1.");
        return Math.Max(1, (int)Math.Ceiling(minSupport * baskets));
    }
}
