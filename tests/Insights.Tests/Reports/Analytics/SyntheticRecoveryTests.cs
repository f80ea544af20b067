using Insights.Reports.Analytics;

namespace Insights.Tests.Reports.Analytics;

/// <summary>
/// The fits recover known parameters from a large synthetic sample full of heavy buyers (where lifetimes users meet
/// ConvergenceError), within sampling error: four asymptotic standard errors of each log-parameter.
/// </summary>
public sealed class SyntheticRecoveryTests
{
    static readonly BgNbdParameters TrueBg = new(2.0, 4.0, 1.5, 8.0);          // mean rate 0.5 a week, heavy tail of buyers
    static readonly GammaGammaParameters TrueGg = new(6.0, 4.0, 15.0);
    static readonly Lazy<List<(RecencyFrequency Rf, double MeanSpend)>> Sample =
        new(() => SyntheticCustomers.Draw(50_000, TrueBg, TrueGg, 26, 104, seed: 20251123));

    [Fact]
    public void Bg_nbd_recovers_known_parameters_from_heavy_buyers()
    {
        var customers = Sample.Value.Select(c => c.Rf).ToList();
        Assert.True(customers.Max(c => c.Frequency) > 100, $"max x = {customers.Max(c => c.Frequency)}");

        var fit = BgNbd.Fit(customers);

        Assert.True(fit.Diagnostics.Trusted, fit.Diagnostics.Message);
        Assert.True(fit.Diagnostics.StartsAgree);
        var estimated = fit.Parameters.ToArray();
        var truth = TrueBg.ToArray();
        for (var i = 0; i < 4; i++)
        {
            var error = fit.Diagnostics.LogParameterStandardErrors[i];
            Assert.True(error is > 0 and < 0.5, $"standard error {error}");
            Assert.True(Math.Abs(Math.Log(estimated[i]) - Math.Log(truth[i])) < 4 * error,
                $"parameter {i}: {estimated[i]} vs {truth[i]} (se of log {error})");
        }
    }

    [Fact]
    public void Gamma_gamma_recovers_known_parameters()
    {
        var repeaters = Sample.Value.Where(c => c.Rf.Frequency > 0).Select(c => new SpendSummary(c.Rf.Frequency, c.MeanSpend)).ToList();

        var fit = GammaGamma.Fit(repeaters);

        Assert.True(fit.Diagnostics.Trusted, fit.Diagnostics.Message);
        double[] estimated = [fit.Parameters.P, fit.Parameters.Q, fit.Parameters.V];
        double[] truth = [TrueGg.P, TrueGg.Q, TrueGg.V];
        for (var i = 0; i < 3; i++)
        {
            var error = fit.Diagnostics.LogParameterStandardErrors[i];
            Assert.True(Math.Abs(Math.Log(estimated[i]) - Math.Log(truth[i])) < 4 * error,
                $"parameter {i}: {estimated[i]} vs {truth[i]} (se of log {error})");
        }
    }

    [Fact]
    public void A_sample_that_cannot_identify_the_model_is_reported_as_untrusted()
    {
        // nobody ever repeats: the likelihood keeps improving as r/α -> 0, so the optimum runs off to a boundary
        var customers = Enumerable.Range(0, 500).Select(i => new RecencyFrequency(0, 0, 10 + i % 30)).ToList();

        var fit = BgNbd.Fit(customers);

        Assert.False(fit.Diagnostics.Trusted);
        Assert.StartsWith("Not trusted", fit.Diagnostics.Message);
    }
}
