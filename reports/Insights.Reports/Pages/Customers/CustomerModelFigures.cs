using System.Globalization;

namespace Insights.Reports.Pages.Customers;

/// <summary>The fit the per-customer marts were written from (mart_customer_score_fit).</summary>
/// <param name="RunId">The latest finished ETL run when the fit read the warehouse.</param>
/// <param name="FittedAt">When it was fitted (UTC).</param>
/// <param name="AsOf">The calibration end, the warehouse's last purchase day (null: no purchases).</param>
/// <param name="HorizonDays">Days ahead of the expected purchases.</param>
/// <param name="ClvMonths">CLV horizon in months.</param>
/// <param name="DiscountRate">Monthly discount rate of the CLV.</param>
/// <param name="OverdueFactor">Overdue at this many times the median gap.</param>
/// <param name="IsTrusted">BG/NBD is trusted (P(alive), expected purchases).</param>
/// <param name="IsSpendTrusted">Gamma-Gamma is trusted too (expected spend, CLV).</param>
/// <param name="BgNbdDiagnosis">BG/NBD's verdict in words.</param>
/// <param name="GammaGammaDiagnosis">Gamma-Gamma's verdict in words.</param>
/// <param name="OffersProblem">Why there are no offers (null: the offers were computed).</param>
public sealed record ScoreFit(long RunId, DateTime FittedAt, DateOnly? AsOf, int HorizonDays, int ClvMonths, double DiscountRate,
    double OverdueFactor, bool IsTrusted, bool IsSpendTrusted, string BgNbdDiagnosis, string GammaGammaDiagnosis, string? OffersProblem);

/// <summary>One customer's figures from the latest fit (mart_customer_score); the model figures are null when not trusted.</summary>
public sealed record CustomerModelScore(long PurchaseDays, DateOnly LastPurchaseOn, double? ProbabilityAlive, double? ExpectedPurchases,
    double? ExpectedAverageAmount, double? ClvAmount, double? MeanGapDays, double? MedianGapDays, int DaysSinceLast, double? OverdueRatio,
    bool IsOverdue);

/// <summary>One next-best offer with its one-line reason (mart_customer_offer).</summary>
public sealed record CustomerOffer(int Rank, string Item, double Score, string Basis, string Reason);

/// <summary>
/// The profile's purchase-model figures and offers, looked up in the marts the after-load step writes; with the sentences the
/// page shows when there is nothing to show (not computed yet, no purchases, a fit that is not trusted).
/// </summary>
public sealed record CustomerModelFigures(ScoreFit? Fit, CustomerModelScore? Score, IReadOnlyList<CustomerOffer> Offers)
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>No fit yet: the scores are being computed in the background.</summary>
    public bool IsPending => Fit is null;

    /// <summary>Why there are no figures for this customer (null: <see cref="Score"/> holds them).</summary>
    public string? Missing => Fit switch
    {
        null => "Scores are being computed: the purchase models are fitted once per load, in the background. Reload the page in a minute.",
        { AsOf: null } => "No completed purchases in the warehouse yet: there is nothing to fit.",
        { AsOf: { } asOf } when Score is null => $"No completed purchase on or before {asOf.ToString("yyyy-MM-dd", Inv)}: the purchase models have nothing to score.",
        _ => null,
    };

    /// <summary>What the page says when a model cannot be trusted (null: both are), with the fit's own words.</summary>
    public string? Untrusted => Fit switch
    {
        { AsOf: not null, IsTrusted: false } f =>
            $"The purchase model (BG/NBD) fit is not trusted, so P(alive), expected purchases and CLV are left empty: {f.BgNbdDiagnosis}",
        { AsOf: not null, IsSpendTrusted: false } f =>
            $"The spend model (Gamma-Gamma) fit is not trusted, so expected spend and CLV are left empty: {f.GammaGammaDiagnosis}",
        _ => null,
    };

    /// <summary>What the offers section says when there are none.</summary>
    public string NoOffers => Fit?.OffersProblem
        ?? (IsPending ? "Offers are being computed with the scores." : "No offer: every item the customer could be offered is bought already, or no rule or segment points to one.");
}
