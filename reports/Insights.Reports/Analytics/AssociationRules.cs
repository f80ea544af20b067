namespace Insights.Reports.Analytics;

/// <summary>Which splits of an itemset are rules.</summary>
public enum RuleShape
{
    /// <summary>One item in the consequent, any number in the antecedent (arules' apriori; Groceries at 0.001/0.8: 410 rules).</summary>
    SingleConsequent,

    /// <summary>Every split into two non-empty parts (mlxtend's association_rules; Groceries at 0.001/0.8: 413 rules).</summary>
    AllSplits,
}

/// <summary>
/// Rules from frequent itemsets. Thresholds are compared on whole counts in decimal arithmetic, never on rounded doubles:
/// confidence ≥ c ⇔ count(A∪B) ≥ c·count(A), lift ≥ l ⇔ count(A∪B)·n ≥ l·count(A)·count(B); so a rule at exactly 0.8 (16 of 20)
/// is kept. Rules with an empty antecedent are not generated (arules would add {} ⇒ B when supp(B) ≥ the minimum confidence).
/// </summary>
public static class AssociationRules
{
    /// <summary>
    /// Every rule of <paramref name="itemsets"/> with confidence ≥ <paramref name="minConfidence"/> and lift ≥ <paramref name="minLift"/>;
    /// at most <paramref name="maxRules"/> of them (<see cref="RuleBudgetExceededException"/> beyond), checking <paramref name="ct"/>
    /// as it goes.
    /// </summary>
    public static List<AssociationRule> Generate(FrequentItemsets itemsets, decimal minConfidence, decimal minLift = 0,
        RuleShape shape = RuleShape.SingleConsequent, int maxRules = int.MaxValue, CancellationToken ct = default)
    {
        var rules = new List<AssociationRule>();
        var n = itemsets.BasketCount;
        var seen = 0;
        // both sides of a candidate are built in these buffers and looked up as spans: only a rule that passes is given arrays
        var longest = 0;
        foreach (var set in itemsets.Itemsets) longest = Math.Max(longest, set.Items.Length);
        Span<int> antecedent = new int[longest], consequent = new int[longest];
        foreach (var set in itemsets.Itemsets)
        {
            if ((++seen & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
            if (rules.Count > maxRules) throw new RuleBudgetExceededException(maxRules);
            var items = set.Items;
            var k = items.Length;
            if (k < 2) continue;
            if (shape == RuleShape.SingleConsequent)
            {
                for (var j = 0; j < k; j++)
                {
                    for (int i = 0, a = 0; i < k; i++) if (i != j) antecedent[a++] = items[i];
                    TryAdd(rules, itemsets, set.Count, antecedent[..(k - 1)], items.AsSpan(j, 1), n, minConfidence, minLift);
                }
                continue;
            }
            if (k > MaxSplitItems) throw new InvalidOperationException($"All splits of an itemset of more than {MaxSplitItems} items are too many rules.");
            for (var mask = 1; mask < (1 << k) - 1; mask++)
            {
                int a = 0, c = 0;
                for (var i = 0; i < k; i++)
                    if ((mask & (1 << i)) != 0) consequent[c++] = items[i]; else antecedent[a++] = items[i];
                TryAdd(rules, itemsets, set.Count, antecedent[..a], consequent[..c], n, minConfidence, minLift);
            }
        }
        return rules;
    }

    // value ≥ factor·of, exactly: decided in doubles when they are clearly apart (a decimal product per candidate rule was a
    // tenth of Groceries' mining and rules), in decimal arithmetic when they are within a relative 1e-9 of each other
    static bool AtLeast(long value, decimal factor, long of)
    {
        var product = (double)factor * of;
        if (value > product * (1 + 1e-9) + 1e-9) return true;
        if (value < product * (1 - 1e-9) - 1e-9) return false;
        return value >= factor * of;
    }

    // all splits of an itemset of k items are 2^k - 2 rules: beyond 30 items they do not fit an int mask (nor any page)
    const int MaxSplitItems = 30;

    static void TryAdd(List<AssociationRule> rules, FrequentItemsets itemsets, int count, ReadOnlySpan<int> antecedent,
        ReadOnlySpan<int> consequent, int n, decimal minConfidence, decimal minLift)
    {
        // every subset of a frequent itemset is frequent, so both counts are found (downward closure)
        var antecedentCount = itemsets.CountOf(antecedent);
        var consequentCount = itemsets.CountOf(consequent);
        if (antecedentCount == 0 || consequentCount == 0)
            throw new InvalidOperationException("A subset of a frequent itemset is missing: the itemsets are not downward closed.");
        if (!AtLeast(count, minConfidence, antecedentCount)) return;
        if (minLift > 0 && !AtLeast((long)count * n, minLift, (long)antecedentCount * consequentCount)) return;
        rules.Add(new AssociationRule(antecedent.ToArray(), consequent.ToArray(), count, antecedentCount, consequentCount, n));
    }
}
