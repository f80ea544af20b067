namespace Insights.Reports.Analytics;

/// <summary>Gamma-Gamma parameters: a purchase's value is Gamma(p, ν), and ν across customers is Gamma(q, γ) (here called v).</summary>
public sealed record GammaGammaParameters(double P, double Q, double V)
{
    /// <summary>The population mean spend per purchase, p·v/(q−1) (infinite when q ≤ 1).</summary>
    public double PopulationMeanSpend => Q > 1 ? P * V / (Q - 1) : double.PositiveInfinity;
}
