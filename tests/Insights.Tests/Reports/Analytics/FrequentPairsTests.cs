using Insights.Reports.Analytics;

namespace Insights.Tests.Reports.Analytics;

/// <summary>Counting pairs directly finds exactly what FP-growth finds with itemsets of at most two items.</summary>
public sealed class FrequentPairsTests
{
    static List<(string Items, int Count)> Canonical(FrequentItemsets itemsets) =>
        itemsets.Itemsets.Select(s => (string.Join(",", s.Items), s.Count)).Order().ToList();

    [Fact]
    public void Groceries_pairs_equal_fp_growths()
    {
        var baskets = Baskets.FromNames(GroceriesBaskets.Read());

        var pairs = FrequentPairs.Mine(baskets, minCount: 5);

        var tree = FpGrowth.Mine(baskets, minCount: 5, maxLength: 2);
        Assert.True(pairs.Itemsets.Count(s => s.Items.Length == 2) > 1000, "too few pairs to compare");
        Assert.Equal(Canonical(tree), Canonical(pairs));
    }

    [Fact]
    public void Weighted_baskets_count_like_fp_growth_and_by_hand()
    {
        // item 3 is in too few baskets; basket 0 stands for 3 identical baskets
        var baskets = new Baskets(["a", "b", "c", "d"], [[0, 1, 2], [1, 2], [0, 2], [3]], [3, 2, 1, 1]);

        var pairs = FrequentPairs.Mine(baskets, minCount: 3);

        Assert.Equal(Canonical(FpGrowth.Mine(baskets, minCount: 3, maxLength: 2)), Canonical(pairs));
        // a: 3 + 1 = 4, b: 3 + 2 = 5, c: 3 + 2 + 1 = 6; ab 3, ac 4, bc 5
        Assert.Equal([("0", 4), ("0,1", 3), ("0,2", 4), ("1", 5), ("1,2", 5), ("2", 6)], Canonical(pairs));
        Assert.Equal(5, pairs.CountOf([1, 2]));
        Assert.Equal(7, pairs.BasketCount);
    }
}
