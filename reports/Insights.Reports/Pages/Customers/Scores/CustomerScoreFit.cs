using Insights.Reports.Pages.CrossSell.Offers;
using Insights.Reports.Pages.Intervals;

namespace Insights.Reports.Pages.Customers.Scores;

/// <summary>
/// One computation of the per-customer marts as its fit row records it: the fitted models' settings, parameters and verdicts
/// (null <see cref="Model"/> when the warehouse holds no purchase yet; its customers are written, not kept here), what the offers
/// were computed with (null, with <see cref="OffersProblem"/> saying why, when they could not be computed: the scores are
/// written all the same).
/// </summary>
public sealed record CustomerScoreFit(long RunId, DateTime FittedAt, IntervalsModelResult? Model, OffersResult? Offers, string? OffersProblem)
{
    /// <summary>What the fit read (customer_score_inputs.sql) and the code's version: an equal one later means nothing to refit.</summary>
    public string InputsFingerprint { get; init; } = "";

    /// <summary>The verdict the profile shows for a warehouse without purchases.</summary>
    public const string NoPurchases = "No completed purchases yet: there is nothing to fit.";
}
