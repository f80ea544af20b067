using Insights.Reports.Analytics;
using Insights.Reports.Pages.Intervals;
using Insights.Tests.Reports.Analytics;

namespace Insights.Tests.Reports.Pages.Intervals;

/// <summary>Scoring from summary rows: the untrusted path leaves the model columns empty; grouping does not change a score.</summary>
public sealed class IntervalsScoringTests
{
    static readonly IntervalsSettings Weeks = new(new DateOnly(2024, 3, 1), null, TimeUnit.Weeks, 52, 12, 0.01, 1, 2);

    [Fact]
    public void An_untrusted_fit_leaves_every_model_column_empty()
    {
        // nobody ever bought twice: the BG/NBD cannot be identified (its optimum runs off to a boundary)
        var rows = Enumerable.Range(1, 300).Select(i => new CustomerSummaryRow(i, 0, 0, 20 + i % 40, 0, 0)).ToList();

        var result = IntervalsScoring.Score(rows, Weeks);

        Assert.False(result.Trusted);
        Assert.All(result.Customers, c =>
        {
            Assert.Null(c.ProbabilityAlive);
            Assert.Null(c.ExpectedPurchases);
            Assert.Null(c.Clv);
        });
        Assert.Empty(result.Validation);
        Assert.Equal(300, result.Customers.Count);
    }

    [Fact]
    public void Customers_sharing_a_triple_get_the_same_scores_as_computed_one_by_one()
    {
        var sample = Reports.Analytics.SyntheticCustomers.Draw(3000, new BgNbdParameters(0.5, 6, 0.8, 3), new GammaGammaParameters(6, 4, 15), 10, 40, seed: 7);
        var rows = sample.Select((c, i) => new CustomerSummaryRow(i + 1, c.Rf.Frequency, (int)Math.Round(c.Rf.Recency * 7),
            (int)Math.Round(c.Rf.T * 7), c.MeanSpend, 0)).ToList();

        var result = IntervalsScoring.Score(rows, Weeks);

        Assert.True(result.Trusted, result.BgNbd.Diagnostics.Message);
        foreach (var c in result.Customers.Where(c => c.CustomerId % 97 == 0))
        {
            var p = result.BgNbd.Parameters;
            Assert.Equal(ConditionalExpectation.Purchases(p, 52, c.Frequency, c.Recency, c.T), c.ExpectedPurchases!.Value, 12);
            Assert.Equal(BgNbd.ProbabilityAlive(p, c.Frequency, c.Recency, c.T), c.ProbabilityAlive!.Value, 12);
            var spend = GammaGamma.ConditionalExpectedAverageSpend(result.GammaGamma.Parameters, c.Frequency, c.MeanRepeatSpend);
            Assert.Equal(Clv.Value(p, TimeUnit.Weeks, c.Frequency, c.Recency, c.T, spend, 12, 0.01), c.Clv!.Value, 9);
        }
    }
}
