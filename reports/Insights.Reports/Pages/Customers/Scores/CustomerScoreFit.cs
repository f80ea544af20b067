using Insights.Reports.Pages.CrossSell.Offers;
using Insights.Reports.Pages.Intervals;

namespace Insights.Reports.Pages.Customers.Scores;

/// <summary>
/// One computation of the per-customer marts: the fitted models with every customer's scores and rhythm (null
/// <see cref="Model"/> when the warehouse holds no purchase yet), and every customer's candidate offers (none, with
/// <see cref="OffersProblem"/> saying why, when the offers could not be computed: the scores are written all the same).
/// </summary>
public sealed record CustomerScoreFit(long RunId, DateTime FittedAt, IntervalsModelResult? Model, IReadOnlyList<CustomerGaps> Gaps,
    OfferCandidateSet Offers, string? OffersProblem = null)
{
    /// <summary>The customers overdue in a category (the intervals page's category_overdue.sql, same settings as the fit).</summary>
    public IReadOnlyList<CategoryOverdue> CategoryOverdue { get; init; } = [];

    /// <summary>What the fit read (customer_score_inputs.sql) and the code's version: an equal one later means nothing to refit.</summary>
    public string InputsFingerprint { get; init; } = "";

    /// <summary>The verdict the profile shows for a warehouse without purchases.</summary>
    public const string NoPurchases = "No completed purchases yet: there is nothing to fit.";
}
