using Insights.Reports.Analytics;

namespace Insights.Tests.Reports.Analytics;

/// <summary>BG/NBD against the published CDNOW estimates (Fader, Hardie &amp; Lee 2005) and against its own definitions.</summary>
public sealed class BgNbdTests
{
    static readonly BgNbdParameters Published = new(0.243, 4.414, 0.793, 2.426);

    [Fact]
    public void Fit_on_the_cdnow_summary_gives_the_published_estimates()
    {
        var customers = CdnowSummaries.Summary().Select(c => c.Rf).ToList();

        var fit = BgNbd.Fit(customers);

        Assert.True(fit.Diagnostics.Trusted, fit.Diagnostics.Message);
        Assert.Equal(0.243, fit.Parameters.R, 0.005);
        Assert.Equal(4.414, fit.Parameters.Alpha, 0.005);
        Assert.Equal(0.793, fit.Parameters.A, 0.005);
        Assert.Equal(2.426, fit.Parameters.B, 0.005);
        // FHL 2005 report LL = −9582.4 at their estimates
        Assert.Equal(-9582.4, fit.Diagnostics.LogLikelihood, 0.1);
        Assert.Equal(3, fit.Diagnostics.StartsConverged);
        Assert.True(fit.Diagnostics.StartsAgree);
    }

    [Fact]
    public void Grouping_customers_by_triple_gives_the_same_fit_as_one_row_each()
    {
        var customers = CdnowSummaries.Summary().Select(c => c.Rf).ToList();
        var grouped = customers.GroupBy(c => (c.Frequency, c.Recency, c.T))
            .Select(g => new RecencyFrequency(g.Key.Frequency, g.Key.Recency, g.Key.T, g.Count())).ToList();

        var one = BgNbd.Fit(customers).Parameters;
        var many = BgNbd.Fit(grouped).Parameters;

        Assert.True(grouped.Count < customers.Count / 2, $"{grouped.Count} groups");
        Assert.Equal(one.R, many.R, 1e-6);
        Assert.Equal(one.Alpha, many.Alpha, 1e-5);
        Assert.Equal(one.A, many.A, 1e-6);
        Assert.Equal(one.B, many.B, 1e-6);
    }

    [Fact]
    public void Conditional_expectation_matches_the_published_example()
    {
        // FHL 2005, section 5: x = 2, t_x = 30.43, T = 38.86, next 39 weeks -> 1.226
        Assert.Equal(1.226, ConditionalExpectation.Purchases(Published, 39, 2, 30.43, 38.86), 0.001);
    }

    [Fact]
    public void Conditional_expectation_of_the_fitted_model_matches_the_published_example()
    {
        var fit = BgNbd.Fit(CdnowSummaries.Summary().Select(c => c.Rf).ToList());

        Assert.Equal(1.226, ConditionalExpectation.Purchases(fit.Parameters, 39, 2, 30.43, 38.86), 0.001);
    }

    [Theory]
    [InlineData(1, 0.0532)]
    [InlineData(3, 0.1506)]
    [InlineData(31.8571, 1.0405)]
    [InlineData(78, 1.8576)]
    public void Unconditional_expectation_matches_the_published_values(double weeks, double expected)
    {
        // the published values come from the unrounded estimates (at 78 weeks the 3-decimal ones are already 0.003 off)
        var fit = Fitted.Value;

        Assert.Equal(expected, BgNbd.ExpectedPurchases(fit, weeks), 0.0005);
    }

    static readonly Lazy<BgNbdParameters> Fitted = new(() => BgNbd.Fit(CdnowSummaries.Summary().Select(c => c.Rf).ToList()).Parameters);

    [Fact]
    public void Probability_alive_follows_its_definition()
    {
        // x = 0: never seen to repeat, so never seen to drop out
        Assert.Equal(1.0, BgNbd.ProbabilityAlive(Published, 0, 0, 38.86));
        // x = 2, t_x = 30.43, T = 38.86: 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))
        var direct = 1 / (1 + 0.793 / (2.426 + 1) * Math.Pow((4.414 + 38.86) / (4.414 + 30.43), 0.243 + 2));
        Assert.Equal(direct, BgNbd.ProbabilityAlive(Published, 2, 30.43, 38.86), 12);
        // a customer who bought often and then went quiet is less likely alive than one who just bought
        Assert.True(BgNbd.ProbabilityAlive(Published, 10, 5, 38.86) < BgNbd.ProbabilityAlive(Published, 10, 38, 38.86));
    }

    [Fact]
    public void Heavy_buyers_over_long_horizons_give_finite_answers()
    {
        // x = 2,000 purchases and a 10-year horizon: the plain series for 2F1 would overflow; the transformed one does not
        var value = ConditionalExpectation.Purchases(Published, 520, 2000, 38, 38.86);

        Assert.True(double.IsFinite(value) && value > 0, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(BgNbd.ProbabilityAlive(Published, 2000, 10, 38.86) < 1e-100);
    }

    [Fact]
    public void Rescaling_the_time_unit_rescales_alpha_only()
    {
        var weeks = CdnowSummaries.Summary().Select(c => c.Rf).ToList();
        var days = weeks.Select(c => c with { Recency = c.Recency * 7, T = c.T * 7 }).ToList();

        var inWeeks = BgNbd.Fit(weeks).Parameters;
        var inDays = BgNbd.Fit(days).Parameters;

        Assert.Equal(inWeeks.R, inDays.R, 1e-5);
        Assert.Equal(inWeeks.Alpha * 7, inDays.Alpha, 1e-3);
        Assert.Equal(inWeeks.A, inDays.A, 1e-5);
    }
}
