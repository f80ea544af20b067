namespace Insights.Reports.Analytics;

/// <summary>Gauss's hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z &lt; 1, summed as its power series.</summary>
public static class Hypergeometric
{
    /// <summary>
    /// ₂F₁(a, b; c; z) = Σ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ, each term from the last by the ratio (a+n)(b+n)z / ((c+n)(n+1)), until a
    /// term no longer changes the sum. Callers keep a and b small relative to c (see <see cref="BgNbd"/>, which applies Euler's
    /// transformation first), so the terms shrink from the start and nothing overflows.
    /// </summary>
    public static double Series(double a, double b, double c, double z)
    {
        if (z is < 0 or >= 1 || double.IsNaN(z)) throw new ArgumentOutOfRangeException(nameof(z), z, "z must be in [0, 1)");
        double sum = 1, term = 1;
        for (var n = 0; n < 1_000_000; n++)
        {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (Math.Abs(term) <= 1e-16 * Math.Abs(sum) || term == 0) return sum;
            if (!double.IsFinite(sum)) break;
        }
        throw new ArithmeticException($"2F1({a}, {b}; {c}; {z}) did not converge");
    }
}
