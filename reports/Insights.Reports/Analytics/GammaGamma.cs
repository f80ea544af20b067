namespace Insights.Reports.Analytics;

/// <summary>
/// The Gamma-Gamma model of spend per purchase (Fader, Hardie &amp; Lee 2005; Colombo &amp; Jiang 1999), fitted on repeat buyers
/// (x &gt; 0) by maximum likelihood. It assumes spend is independent of purchase frequency.
/// </summary>
public static class GammaGamma
{
    /// <summary>Fits p, q, v on the customers with x &gt; 0 and a positive mean spend (the others carry no information).</summary>
    public static FittedModel<GammaGammaParameters> Fit(IReadOnlyList<SpendSummary> customers)
    {
        var likelihood = new GammaGammaLikelihood(customers);
        if (likelihood.TotalWeight <= 0)
            return new(new GammaGammaParameters(double.NaN, double.NaN, double.NaN), FitDiagnostics.NotFitted("No repeat buyers to fit spend on."));
        var repeaters = customers.Where(c => c.Frequency > 0 && c.MeanSpend > 0).ToList();
        var meanSpend = repeaters.Sum(c => c.MeanSpend * c.Weight) / repeaters.Sum(c => c.Weight);
        // population mean spend = p·v/(q−1): each start puts it at the observed mean
        double[][] starts =
        [
            [Math.Log(2), Math.Log(3), Math.Log(meanSpend)],
            [Math.Log(1), Math.Log(2), Math.Log(meanSpend)],
            [Math.Log(6), Math.Log(4), Math.Log(meanSpend / 2)],
        ];
        var screening = repeaters.Count > MleFitter.ScreeningSize
            ? new GammaGammaLikelihood(BgNbd.Subsample(repeaters, MleFitter.ScreeningSize)) : null;
        var (theta, diagnostics) = MleFitter.Minimise(likelihood.MeanNegative, starts, BgNbd.Customers(likelihood.TotalWeight),
            screening is null ? null : screening.MeanNegative, screening is null ? 0 : BgNbd.Customers(screening.TotalWeight));
        return new(new GammaGammaParameters(Math.Exp(theta[0]), Math.Exp(theta[1]), Math.Exp(theta[2])), diagnostics);
    }

    /// <summary>
    /// Judges <paramref name="p"/> on <paramref name="customers"/> as <see cref="Fit"/> judges its own optimum (see
    /// <see cref="MleFitter.Assess"/>): whether these parameters are the maximum-likelihood estimate of these data.
    /// </summary>
    public static FitDiagnostics Assess(GammaGammaParameters p, IReadOnlyList<SpendSummary> customers)
    {
        var likelihood = new GammaGammaLikelihood(customers);
        return likelihood.TotalWeight <= 0 ? FitDiagnostics.NotFitted("No repeat buyers to fit spend on.")
            : MleFitter.Assess(likelihood.MeanNegative, [Math.Log(p.P), Math.Log(p.Q), Math.Log(p.V)], BgNbd.Customers(likelihood.TotalWeight));
    }

    /// <summary>
    /// E[M | x, m̄], a customer's expected spend per purchase: p·(v + x·m̄)/(p·x + q − 1), a weighted mean of the population mean
    /// p·v/(q−1) and the customer's own mean m̄. With x = 0 it is the population mean.
    /// </summary>
    public static double ConditionalExpectedAverageSpend(GammaGammaParameters p, int x, double meanSpend) =>
        x <= 0 ? p.PopulationMeanSpend : p.P * (p.V + x * meanSpend) / (p.P * x + p.Q - 1);
}
