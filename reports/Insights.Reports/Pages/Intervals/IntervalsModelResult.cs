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
    /// <summary>
    /// How many customers were scored: kept when a page's result leaves the list itself out (a million scores at SF10 are not
    /// kept per filter; the CSV reads them again).
    /// </summary>
    public int Scored { get; init; } = Customers.Count;

    /// <summary>True when both models can be trusted.</summary>
    public bool Trusted => BgNbd.Diagnostics.Trusted && GammaGamma.Diagnostics.Trusted;
}
