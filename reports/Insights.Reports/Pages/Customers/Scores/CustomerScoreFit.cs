using Insights.Reports.Pages.CrossSell.Offers;
using Insights.Reports.Pages.Intervals;

namespace Insights.Reports.Pages.Customers.Scores;

/// <summary>
/// One computation of the per-customer marts: the fitted models with every customer's scores and rhythm (null
/// <see cref="Model"/> when the warehouse holds no purchase yet), and every customer's top offers.
/// </summary>
public sealed record CustomerScoreFit(long RunId, DateTime FittedAt, IntervalsModelResult? Model, IReadOnlyList<CustomerGaps> Gaps,
    IEnumerable<OfferRow> Offers)
{
    /// <summary>The verdict the profile shows for a warehouse without purchases.</summary>
    public const string NoPurchases = "No completed purchases yet: there is nothing to fit.";
}
