using Insights.Reports.Analytics;

namespace Insights.Reports.Pages.Intervals;

/// <summary>The fitted models, every customer's scores and the hold-out validation.</summary>
public sealed record IntervalsModelResult(
    IntervalsSettings Settings,
    FittedModel<BgNbdParameters> BgNbd,
    FittedModel<GammaGammaParameters> GammaGamma,
    IReadOnlyList<CustomerScore> Customers,
    IReadOnlyList<ValidationBucket> Validation)
{
    /// <summary>True when both models can be trusted.</summary>
    public bool Trusted => BgNbd.Diagnostics.Trusted && GammaGamma.Diagnostics.Trusted;
}
