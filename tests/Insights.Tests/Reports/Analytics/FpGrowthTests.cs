using Insights.Reports.Analytics;

namespace Insights.Tests.Reports.Analytics;

/// <summary>FP-growth and rule generation on a hand-computed fixture and on Groceries against the published counts.</summary>
public sealed class FpGrowthTests
{
    // Five baskets, solved by hand:
    //   1 {bread, milk}            2 {bread, butter, milk}      3 {bread, butter}
    //   4 {milk, beer}             5 {bread, butter, milk, milk}   (milk twice: a basket is a set)
    // item counts: bread 4, milk 4, butter 3, beer 1
    // pairs: bread+milk 3 (1,2,5), bread+butter 3 (2,3,5), butter+milk 2 (2,5), milk+beer 1
    // triple: bread+butter+milk 2 (2,5)
    static Baskets Hand() => Baskets.FromNames([
        ["bread", "milk"], ["bread", "butter", "milk"], ["bread", "butter"], ["milk", "beer"], ["bread", "butter", "milk", "milk"]]);

    static string Names(Baskets b, int[] items) => string.Join("+", items.Select(i => b.ItemNames[i]).Order(StringComparer.Ordinal));

    [Fact]
    public void Hand_computed_baskets_give_every_frequent_itemset_with_its_count()
    {
        var baskets = Hand();

        // min support 0.4 of 5 baskets = 2 baskets: beer (1) and milk+beer (1) drop out
        var itemsets = FpGrowth.Mine(baskets, SupportThreshold.MinCount(0.4m, baskets.Count));

        var found = itemsets.Itemsets.ToDictionary(s => Names(baskets, s.Items), s => s.Count);
        Assert.Equal(new Dictionary<string, int>
        {
            ["bread"] = 4, ["milk"] = 4, ["butter"] = 3,
            ["bread+milk"] = 3, ["bread+butter"] = 3, ["butter+milk"] = 2, ["bread+butter+milk"] = 2,
        }, found);
    }

    [Fact]
    public void Hand_computed_rules_have_the_textbook_measures()
    {
        var baskets = Hand();
        var itemsets = FpGrowth.Mine(baskets, minCount: 2);

        var rules = AssociationRules.Generate(itemsets, minConfidence: 0.6m);

        // butter => bread: count 3, count(butter) 3, count(bread) 4, n 5
        //   support 3/5 = 0.6; confidence 3/3 = 1; lift 1/(4/5) = 1.25; leverage 0.6 - 0.6*0.8 = 0.12; conviction infinite
        var butterBread = rules.Single(r => Names(baskets, r.Antecedent) == "butter" && Names(baskets, r.Consequent) == "bread");
        Assert.Equal(0.6, butterBread.Support, 12);
        Assert.Equal(1.0, butterBread.Confidence, 12);
        Assert.Equal(1.25, butterBread.Lift, 12);
        Assert.Equal(0.12, butterBread.Leverage, 12);
        Assert.True(double.IsPositiveInfinity(butterBread.Conviction));
        // bread+milk => butter: count 2, count(bread+milk) 3, count(butter) 3
        //   support 0.4; confidence 2/3; lift (2/3)/(3/5) = 10/9; leverage 0.4 - 0.6*0.6 = 0.04; conviction (1-0.6)/(1-2/3) = 1.2
        var rule = rules.Single(r => Names(baskets, r.Antecedent) == "bread+milk" && Names(baskets, r.Consequent) == "butter");
        Assert.Equal(0.4, rule.Support, 12);
        Assert.Equal(2.0 / 3, rule.Confidence, 12);
        Assert.Equal(10.0 / 9, rule.Lift, 12);
        Assert.Equal(0.04, rule.Leverage, 12);
        Assert.Equal(1.2, rule.Conviction, 12);
        // bread => milk: 3/4 = 0.75 kept; milk => butter: 2/4 = 0.5 dropped at 0.6
        Assert.Contains(rules, r => Names(baskets, r.Antecedent) == "bread" && Names(baskets, r.Consequent) == "milk");
        Assert.DoesNotContain(rules, r => Names(baskets, r.Antecedent) == "milk" && Names(baskets, r.Consequent) == "butter");
        // all one-consequent rules of the 4 frequent pairs/triple with confidence >= 0.6, counted by hand:
        // bread=>milk .75, milk=>bread .75, bread=>butter .75, butter=>bread 1, butter=>milk .667, milk=>butter .5 (no),
        // bread+butter=>milk .667, bread+milk=>butter .667, butter+milk=>bread 1  -> 8 rules
        Assert.Equal(8, rules.Count);
    }

    [Fact]
    public void Thresholds_compare_whole_counts_so_a_rule_exactly_at_the_minimum_is_kept()
    {
        // 5 baskets with a, 4 of them with b: confidence a => b is exactly 0.8
        var baskets = Baskets.FromNames([["a", "b"], ["a", "b"], ["a", "b"], ["a", "b"], ["a"], ["c"]]);
        var itemsets = FpGrowth.Mine(baskets, SupportThreshold.MinCount(0.5m, baskets.Count));   // 0.5 * 6 = 3 baskets

        Assert.Single(AssociationRules.Generate(itemsets, 0.8m), r => r.Count == 4 && r.AntecedentCount == 5);
        Assert.DoesNotContain(AssociationRules.Generate(itemsets, 0.8000001m), r => r.AntecedentCount == 5);
        // support boundary: 0.001 of 9,835 is 9.835, so 10 baskets; 0.5 of 6 is exactly 3
        Assert.Equal(10, SupportThreshold.MinCount(0.001m, 9835));
        Assert.Equal(3, SupportThreshold.MinCount(0.5m, 6));
        // lift of a => b: 4*6/(5*4) = 1.2, kept at 1.2 and dropped just above
        Assert.Single(AssociationRules.Generate(itemsets, 0m, minLift: 1.2m), r => r.AntecedentCount == 5);
        Assert.DoesNotContain(AssociationRules.Generate(itemsets, 0m, minLift: 1.2000001m), r => r.AntecedentCount == 5);
    }

    [Fact]
    public void Mining_stops_at_its_itemset_budget_and_a_budget_it_fits_changes_nothing()
    {
        var baskets = Baskets.FromNames(GroceriesBaskets.Read());
        var minCount = SupportThreshold.MinCount(0.001m, baskets.Count);

        var error = Assert.Throws<ItemsetBudgetExceededException>(() => FpGrowth.Mine(baskets, minCount, maxItemsets: 13491));
        Assert.Equal(13491, error.Budget);
        Assert.Equal(13492, FpGrowth.Mine(baskets, minCount, maxItemsets: 13492).Itemsets.Count);
    }

    [Fact]
    public void Groceries_at_support_0_001_and_confidence_0_8_gives_arules_410_rules_with_exact_measures()
    {
        var file = GroceriesBaskets.Read();
        var baskets = Baskets.FromNames(file);
        Assert.Equal(9835, baskets.Count);
        Assert.Equal(169, baskets.ItemNames.Count);

        var itemsets = FpGrowth.Mine(baskets, SupportThreshold.MinCount(0.001m, baskets.Count));
        var rules = AssociationRules.Generate(itemsets, 0.8m);

        Assert.Equal(13492, itemsets.Itemsets.Count);
        Assert.Equal(410, rules.Count);
        Assert.Equal(413, AssociationRules.Generate(itemsets, 0.8m, shape: RuleShape.AllSplits).Count);
        foreach (var rule in rules)
        {
            var a = rule.Antecedent.Select(i => baskets.ItemNames[i]).ToArray();
            var b = rule.Consequent.Select(i => baskets.ItemNames[i]).ToArray();
            var both = GroceriesBaskets.Occurrences(file, a.Concat(b));
            var onlyA = GroceriesBaskets.Occurrences(file, a);
            var onlyB = GroceriesBaskets.Occurrences(file, b);
            Assert.InRange(both, 10, int.MaxValue);
            Assert.True(both >= 0.8m * onlyA);
            Assert.Equal((double)both / 9835, rule.Support, 1e-9);
            Assert.Equal((double)both / onlyA, rule.Confidence, 1e-9);
            Assert.Equal((double)both / onlyA / ((double)onlyB / 9835), rule.Lift, 1e-9);
        }
    }

    [Fact]
    public void Every_itemset_count_matches_a_brute_force_count_on_a_sample_of_groceries()
    {
        var file = GroceriesBaskets.Read().Take(1500).ToList();
        var baskets = Baskets.FromNames(file);

        var itemsets = FpGrowth.Mine(baskets, minCount: 8);

        Assert.Contains(itemsets.Itemsets, s => s.Items.Length >= 3);
        foreach (var set in itemsets.Itemsets)
            Assert.Equal(GroceriesBaskets.Occurrences(file, set.Items.Select(i => baskets.ItemNames[i])), set.Count);
        // and no frequent pair is missing: every pair counted by brute force with >= 8 baskets is found
        var pairs = file.SelectMany(b => b.SelectMany(x => b.Where(y => string.CompareOrdinal(x, y) < 0).Select(y => (x, y))))
            .GroupBy(p => p).Count(g => g.Count() >= 8);
        Assert.Equal(pairs, itemsets.Itemsets.Count(s => s.Items.Length == 2));
    }
}
