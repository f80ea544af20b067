namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>What an offer rests on.</summary>
public enum OfferBasis
{
    /// <summary>The customer buys the item on a cycle and is due within the horizon.</summary>
    Cycle,

    /// <summary>The customer bought the item on one purchase day (no cycle of their own yet): they may buy it again.</summary>
    Repeat,

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
    /// <summary>Next-best by likelihood: the expected purchase days of the item in the horizon (evidence, P(alive), timing).</summary>
    MostLikely,

    /// <summary>Next-best by value: the expected revenue of the item in the horizon (the likelihood × the item's expected spend).</summary>
    MostRevenue,

    /// <summary>Baseline: the items most customers buy.</summary>
    Popular,

    /// <summary>Baseline: the items most customers of the customer's segment buy (everyone's when the customer has none).</summary>
    PopularInSegment,
}

/// <summary>
/// An item offered to a customer with its score (the method's ranking key: expected purchase days, expected revenue, or a
/// baseline's share of customers buying it), the evidence and the numbers behind it: expected purchase days of the item in the
/// horizon, spend per purchase day, the evidence's lift, the item of a rule (-1: none), and for a cycle the days until due and
/// the cycle's length.
/// </summary>
public readonly record struct OfferCandidate(int Item, double Score, OfferBasis Basis, double ExpectedPurchases, double Spend, double Lift,
    int Antecedent, int DueInDays, double CycleDays)
{
    /// <summary>Expected revenue of the item in the horizon: expected purchase days × spend per purchase day.</summary>
    public double ExpectedRevenue => ExpectedPurchases * Spend;
}
