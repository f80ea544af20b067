namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>What an offer rests on.</summary>
public enum OfferBasis
{
    /// <summary>The customer buys the item on a cycle and is due within the horizon.</summary>
    Cycle,

    /// <summary>A pair rule: buyers of an item the customer bought take this one more often than others (lift above 1).</summary>
    Rule,

    /// <summary>The customer's segment takes the item more (or less) often than customers at large.</summary>
    Segment,

    /// <summary>No evidence about this customer: the item's usual rate.</summary>
    Popular,
}

/// <summary>How a list of offers is ranked: the next-best offers, or one of the backtest's two baselines.</summary>
public enum OfferMethod
{
    /// <summary>Expected revenue: evidence lift, P(alive), expected purchases, timing and the item's expected spend.</summary>
    NextBest,

    /// <summary>Baseline: the items most customers buy.</summary>
    Popular,

    /// <summary>Baseline: the items most customers of the customer's segment buy (everyone's when the customer has none).</summary>
    PopularInSegment,
}

/// <summary>
/// An item offered to a customer with its score (next-best: expected revenue in the horizon; a baseline: the share of customers
/// buying it), the evidence and the numbers behind the score: expected purchase days of the item in the horizon, spend per
/// purchase day, the evidence's lift, the item of a rule (-1: none), and for a cycle the days until due and the cycle's length.
/// </summary>
public readonly record struct OfferCandidate(int Item, double Score, OfferBasis Basis, double ExpectedPurchases, double Spend, double Lift,
    int Antecedent, int DueInDays, double CycleDays);
