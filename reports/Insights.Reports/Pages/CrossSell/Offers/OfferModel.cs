using Insights.Reports.Analytics;

namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>
/// The offers as of one day, ready to rank: the history, the pair rules mined on it (each customer's items as one basket), every
/// customer's activity and the ranking. Built by <see cref="Build"/> for the live offers and for a backtest's cutoff alike.
/// </summary>
public sealed record OfferModel(OfferHistory History, int MinCount, IReadOnlyList<AssociationRule> Rules, OfferActivities Activities,
    OfferRanking Ranking, int HorizonDays)
{
    /// <summary>
    /// Mines the rules, fits the activity model (or takes <paramref name="fitted"/>, the after-load step's fit, when it is the same
    /// fit: <see cref="OfferActivityModel.Fits"/>) and prepares the ranking of <paramref name="history"/>.
    /// </summary>
    public static OfferModel Build(OfferHistory history, decimal minSupport, decimal minLift, int horizonDays, CancellationToken ct,
        OfferFit? fitted = null)
    {
        var names = history.Items.Select(i => i.Name).ToList();
        var sets = history.Customers.Select(c => c.Bought.Select(b => b.Item).Order().ToArray()).ToList();
        var baskets = new Baskets(names, sets, Enumerable.Repeat(1, sets.Count).ToArray());
        var minCount = SupportThreshold.MinCount(Math.Clamp(minSupport, 0m, 1m), Math.Max(1, sets.Count));
        ct.ThrowIfCancellationRequested();
        var rules = AssociationRules.Generate(FrequentPairs.Mine(baskets, minCount), 0m, Math.Max(1m, minLift)).Where(r => r.Lift > 1).ToList();
        ct.ThrowIfCancellationRequested();
        var activities = OfferActivityModel.Score(history, horizonDays, ct, fitted);
        return new OfferModel(history, minCount, rules, activities, new OfferRanking(history, rules, horizonDays), horizonDays);
    }

    /// <summary>True when some customer has a segment.</summary>
    public bool HasSegments => History.Customers.Any(c => c.Segment is not null);
}
