using Insights.Reports.Analytics;

namespace Insights.Tests.Reports.Analytics;

/// <summary>The ₂F₁ series against closed forms, and the Euler-transformed BG/NBD expectation against the plain formula.</summary>
public sealed class HypergeometricTests
{
    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.99)]
    public void Series_matches_the_logarithm_closed_form(double z)
    {
        // ₂F₁(1, 1; 2; z) = −ln(1 − z) / z
        Assert.Equal(-Math.Log(1 - z) / z, Hypergeometric.Series(1, 1, 2, z), 12);
    }

    [Fact]
    public void Series_matches_the_binomial_closed_form()
    {
        // ₂F₁(a, b; b; z) = (1 − z)^−a
        Assert.Equal(Math.Pow(1 - 0.3, -2.5), Hypergeometric.Series(2.5, 1.7, 1.7, 0.3), 12);
    }

    [Fact]
    public void Transformed_expectation_equals_the_plain_formula_where_both_are_finite()
    {
        var p = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
        const int x = 5;
        const double tx = 20, t = 38.86, horizon = 39;
        // FHL 2005 eq. 10 as printed, with the untransformed series
        var z = horizon / (p.Alpha + t + horizon);
        var f = Hypergeometric.Series(p.R + x, p.B + x, p.A + p.B + x - 1, z);
        var numerator = (p.A + p.B + x - 1) / (p.A - 1) * (1 - Math.Pow((p.Alpha + t) / (p.Alpha + t + horizon), p.R + x) * f);
        var plain = numerator / (1 + p.A / (p.B + x - 1) * Math.Pow((p.Alpha + t) / (p.Alpha + tx), p.R + x));

        Assert.Equal(plain, ConditionalExpectation.Purchases(p, horizon, x, tx, t), 10);
    }
}
