namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>
/// The Wilson score interval of a proportion (Wilson 1927; Agresti &amp; Coull 1998): unlike p ± z·√(p(1−p)/n) it stays inside
/// [0, 1] and keeps its coverage for small n and for rates near 0, which hit rates of offers often are.
/// </summary>
public static class WilsonInterval
{
    /// <summary>z of a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>The interval of <paramref name="hits"/> successes in <paramref name="n"/> trials; (0, 0) when n is 0.</summary>
    public static (double Low, double High) Of(long hits, long n, double z = Z95)
    {
        if (n <= 0) return (0, 0);
        var p = (double)hits / n;
        var z2 = z * z;
        var denominator = 1 + z2 / n;
        var centre = (p + z2 / (2.0 * n)) / denominator;
        var half = z / denominator * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
