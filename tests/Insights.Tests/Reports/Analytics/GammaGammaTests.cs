using Insights.Reports.Analytics;

namespace Insights.Tests.Reports.Analytics;

/// <summary>Gamma-Gamma against the published CDNOW estimates (Fader, Hardie &amp; Lee, "RFM and CLV", 2005).</summary>
public sealed class GammaGammaTests
{
    [Fact]
    public void Fit_on_the_cdnow_repeaters_gives_the_published_estimates()
    {
        var customers = CdnowSummaries.WithTransactions().Select(c => new SpendSummary(c.Rf.Frequency, c.Zbar)).ToList();

        var fit = GammaGamma.Fit(customers);

        Assert.True(fit.Diagnostics.Trusted, fit.Diagnostics.Message);
        Assert.Equal(6.25, fit.Parameters.P, 0.01);
        Assert.Equal(3.74, fit.Parameters.Q, 0.01);
        Assert.Equal(15.44, fit.Parameters.V, 0.01);
        Assert.Equal(946L, (long)Math.Round(customers.Count(c => c.Frequency > 0) * 1.0));   // the repeaters it fits on
    }

    [Fact]
    public void Expected_average_spend_of_the_first_ten_customers_matches_the_data_readme()
    {
        var summary = CdnowSummaries.WithTransactions();
        var fit = GammaGamma.Fit(summary.Select(c => new SpendSummary(c.Rf.Frequency, c.Zbar)).ToList());
        double[] published = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];

        var ours = summary.Take(10).Select(c => GammaGamma.ConditionalExpectedAverageSpend(fit.Parameters, c.Rf.Frequency, c.Zbar)).ToList();

        for (var i = 0; i < 10; i++) Assert.Equal(published[i], ours[i], 0.1);
    }

    [Fact]
    public void Expected_spend_is_the_weighted_mean_of_population_and_own_mean()
    {
        var p = new GammaGammaParameters(6.25, 3.74, 15.44);
        // x = 2, m = 22.35: p(v + x m)/(p x + q − 1) = 6.25·(15.44 + 44.70)/(12.5 + 2.74) = 375.875/15.24 = 24.664
        Assert.Equal(24.664, GammaGamma.ConditionalExpectedAverageSpend(p, 2, 22.35), 3);
        // x = 0: the population mean p v/(q − 1) = 96.5/2.74 = 35.219
        Assert.Equal(35.219, GammaGamma.ConditionalExpectedAverageSpend(p, 0, 0), 3);
    }
}
