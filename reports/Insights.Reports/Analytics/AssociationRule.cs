namespace Insights.Reports.Analytics;

/// <summary>
/// A rule A ⇒ B with its whole counts; the measures follow arules and mlxtend: support = supp(A∪B), confidence =
/// supp(A∪B)/supp(A), lift = confidence/supp(B), leverage = supp(A∪B) − supp(A)·supp(B), conviction = (1 − supp(B))/(1 − confidence),
/// infinite when the confidence is 1.
/// </summary>
/// <param name="Antecedent">Item ids of A, ascending.</param>
/// <param name="Consequent">Item ids of B, ascending.</param>
/// <param name="Count">Baskets holding A and B.</param>
/// <param name="AntecedentCount">Baskets holding A.</param>
/// <param name="ConsequentCount">Baskets holding B.</param>
/// <param name="BasketCount">All baskets.</param>
public sealed record AssociationRule(int[] Antecedent, int[] Consequent, int Count, int AntecedentCount, int ConsequentCount, int BasketCount)
{
    /// <summary>supp(A∪B): share of baskets holding A and B.</summary>
    public double Support => (double)Count / BasketCount;

    /// <summary>supp(A∪B)/supp(A): share of baskets with A that also hold B.</summary>
    public double Confidence => (double)Count / AntecedentCount;

    /// <summary>confidence/supp(B): how many times the usual rate of B.</summary>
    public double Lift => (double)Count * BasketCount / ((double)AntecedentCount * ConsequentCount);

    /// <summary>supp(A∪B) − supp(A)·supp(B), computed from the counts in one division.</summary>
    public double Leverage => ((double)Count * BasketCount - (double)AntecedentCount * ConsequentCount) / ((double)BasketCount * BasketCount);

    /// <summary>(1 − supp(B))/(1 − confidence); <see cref="double.PositiveInfinity"/> when every basket with A holds B.</summary>
    public double Conviction => Count == AntecedentCount
        ? double.PositiveInfinity
        : (double)(BasketCount - ConsequentCount) * AntecedentCount / ((double)BasketCount * (AntecedentCount - Count));
}
