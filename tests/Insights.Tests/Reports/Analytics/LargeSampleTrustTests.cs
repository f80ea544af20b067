using Insights.Reports.Analytics;

namespace Insights.Tests.Reports.Analytics;

/// <summary>
/// The trust verdict means the same at any number of customers (issue 14, item 7): a good optimum is trusted on a million
/// customers as on a few thousand, and a point short of the optimum is refused at both sizes. The customers are drawn in memory
/// from the CDNOW estimates (BG/NBD r 0.243, α 4.414/week, a 0.793, b 2.426) and Gamma-Gamma p 6, q 4, v 15, in whole days.
/// </summary>
public sealed class LargeSampleTrustTests
{
    static readonly BgNbdParameters TrueBg = new(0.243, 4.414, 0.793, 2.426);
    static readonly GammaGammaParameters TrueGg = new(6, 4, 15);

    // seed 9 is one on which the fixed bound of 1e-6 on the gradient refused the Gamma-Gamma fit (gradient 2.9e-6: a Newton
    // step that would have finished it was rejected because the mean's rounding noise at this size exceeded its gain)
    static readonly Dictionary<int, Lazy<Sample>> Samples = new()
    {
        [2_500] = new(() => Sample.Draw(2_500)),
        [1_000_000] = new(() => Sample.Draw(1_000_000)),
    };

    sealed record Sample(List<RecencyFrequency> Groups, List<SpendSummary> Spend, FittedModel<BgNbdParameters> Bg,
        FittedModel<GammaGammaParameters> Gg)
    {
        public static Sample Draw(int customers)
        {
            var (groups, spend) = SyntheticCustomers.DrawDaily(customers, TrueBg, TrueGg, 13, 78, seed: 9);
            return new Sample(groups, spend, BgNbd.Fit(groups), GammaGamma.Fit(spend));
        }
    }

    [Fact]
    public void Both_fits_on_a_million_customers_are_trusted_and_recover_the_generating_parameters_within_three_standard_errors()
    {
        var sample = Samples[1_000_000].Value;

        // the fitted optima's gradients are not asserted above 1e-6: Newton now finishes them to ~1e-8 standard errors, far
        // below it; the old failure (a good optimum whose gradient is above 1e-6) is rebuilt on purpose in
        // A_point_half_a_thousandth_of_a_standard_error_from_the_optimum_is_trusted_at_any_size_though_its_gradient_exceeds_1e_6
        Assert.True(sample.Groups.Sum(g => g.Weight) == 1_000_000 && sample.Groups.Count < 400_000, $"{sample.Groups.Count} groups");
        Assert.True(sample.Bg.Diagnostics.Trusted, sample.Bg.Diagnostics.Message);
        Assert.True(sample.Gg.Diagnostics.Trusted, sample.Gg.Diagnostics.Message);
        Assert.True(sample.Bg.Diagnostics.StartsAgree && sample.Gg.Diagnostics.StartsAgree);
        AssertWithinThreeStandardErrors(sample.Bg.Parameters.ToArray(), TrueBg.ToArray(), sample.Bg.Diagnostics);
        AssertWithinThreeStandardErrors(Array(sample.Gg.Parameters), Array(TrueGg), sample.Gg.Diagnostics);
    }

    [Theory]
    [InlineData(2_500)]
    [InlineData(1_000_000)]
    public void A_point_a_tenth_of_a_standard_error_from_the_optimum_is_not_trusted_at_any_size(int customers)
    {
        var sample = Samples[customers].Value;
        Assert.True(sample.Bg.Diagnostics.Trusted && sample.Gg.Diagnostics.Trusted);

        // moving one log-parameter by 0.1 of its standard error puts the point at least 0.1 standard errors from the optimum in
        // the likelihood's own metric (H_ii·(H⁻¹)_ii ≥ 1 for a positive definite H), a hundred times the tolerance
        for (var i = 0; i < 4; i++)
        {
            var moved = Moved(sample.Bg.Parameters.ToArray(), sample.Bg.Diagnostics, i, 0.1);
            var verdict = BgNbd.Assess(new BgNbdParameters(moved[0], moved[1], moved[2], moved[3]), sample.Groups);
            AssertStoppedShort(verdict, $"BG/NBD parameter {i}");
        }
        for (var i = 0; i < 3; i++)
        {
            var moved = Moved(Array(sample.Gg.Parameters), sample.Gg.Diagnostics, i, 0.1);
            var verdict = GammaGamma.Assess(new GammaGammaParameters(moved[0], moved[1], moved[2]), sample.Spend);
            AssertStoppedShort(verdict, $"Gamma-Gamma parameter {i}");
        }
    }

    [Theory]
    [InlineData(2_500)]
    [InlineData(1_000_000)]
    public void A_point_half_a_thousandth_of_a_standard_error_from_the_optimum_is_trusted_at_any_size_though_its_gradient_exceeds_1e_6(int customers)
    {
        var sample = Samples[customers].Value;
        var optimum = Array(sample.Gg.Parameters);

        for (var i = 0; i < 3; i++)
        {
            // near the optimum the step still to go grows linearly with the offset: scale a probe offset to 0.0005 SE
            var probe = GammaGamma.Assess(Parameters(Moved(optimum, sample.Gg.Diagnostics, i, 0.1)), sample.Spend);
            var verdict = GammaGamma.Assess(Parameters(Moved(optimum, sample.Gg.Diagnostics, i, 0.1 * 5e-4 / probe.StepInStandardErrors)), sample.Spend);

            Assert.InRange(verdict.StepInStandardErrors, 4e-4, 6e-4);
            Assert.True(verdict.GradientNorm > 1e-6, $"parameter {i}: gradient {verdict.GradientNorm}");
            Assert.True(verdict.Trusted, $"parameter {i}: {verdict.Message}");
        }
    }

    static void AssertStoppedShort(FitDiagnostics verdict, string what)
    {
        Assert.False(verdict.Trusted, what);
        Assert.True(verdict.StepInStandardErrors >= 0.1 * 0.99, $"{what}: {verdict.StepInStandardErrors} standard errors");
        Assert.StartsWith("Not trusted: the optimiser stopped short of the optimum", verdict.Message);
    }

    static void AssertWithinThreeStandardErrors(double[] estimated, double[] truth, FitDiagnostics diagnostics)
    {
        for (var i = 0; i < truth.Length; i++)
        {
            var error = diagnostics.LogParameterStandardErrors[i];
            Assert.True(error is > 0 and < 0.05, $"parameter {i}: standard error of its log {error}");
            Assert.True(Math.Abs(Math.Log(estimated[i]) - Math.Log(truth[i])) < 3 * error,
                $"parameter {i}: {estimated[i]} vs {truth[i]} (standard error of the log {error})");
        }
    }

    /// <summary>The parameters with the <paramref name="index"/>-th log-parameter moved by <paramref name="errors"/> of its standard errors.</summary>
    static double[] Moved(double[] parameters, FitDiagnostics diagnostics, int index, double errors) =>
        parameters.Select((p, i) => i == index ? p * Math.Exp(errors * diagnostics.LogParameterStandardErrors[i]) : p).ToArray();

    static double[] Array(GammaGammaParameters p) => [p.P, p.Q, p.V];

    static GammaGammaParameters Parameters(double[] v) => new(v[0], v[1], v[2]);
}
