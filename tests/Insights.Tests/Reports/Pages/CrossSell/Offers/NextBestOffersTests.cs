using Insights.Reports.Analytics;
using Insights.Reports.Pages.CrossSell.Offers;

namespace Insights.Tests.Reports.Pages.CrossSell.Offers;

/// <summary>
/// The pruned pick (rules read down to the k-th segment share, segment items read in share order) gives exactly what scoring
/// every item of every customer and sorting them gives, ties included (small denominators make many equal scores).
/// </summary>
public sealed class NextBestOffersTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 8)]
    public void Picks_equal_scoring_every_item(int seed, int k)
    {
        var random = new Random(seed);
        const int items = 25;
        var names = Enumerable.Range(0, items).Select(i => $"item {(i * 7) % items:00}").ToList();   // name order is not id order
        var segments = new[] { "A", "B", "C" };
        var customers = Enumerable.Range(0, 400).Select(_ => (
            Items: Enumerable.Range(0, items).Where(_ => random.NextDouble() < 0.2).ToArray(),
            Segment: random.Next(4) is var s && s < 3 ? segments[s] : null)).Where(c => c.Items.Length > 0).ToList();
        var baskets = new Baskets(names, customers.Select(c => c.Items).ToList(), Enumerable.Repeat(1, customers.Count).ToArray());
        var rules = AssociationRules.Generate(FrequentPairs.Mine(baskets, minCount: 3), 0m, 1m).Where(r => r.Lift > 1).ToList();
        var shares = segments.ToDictionary(s => s, s =>
        {
            var members = customers.Where(c => c.Segment == s).ToList();
            return Enumerable.Range(0, items).Select(i => (double)members.Count(m => m.Items.Contains(i)) / members.Count).ToArray();
        });
        var picker = new NextBestOffers(names, rules, shares);
        var output = new OfferCandidate[k];

        foreach (var (bought, segment) in customers)
        {
            var kept = picker.Pick(bought, segment, output);
            Assert.Equal(BruteForce(bought, segment, rules, shares, names, k), output.Take(kept).Select(o => (o.Item, o.Score, o.Rule)));
        }
        Assert.True(rules.Count > 20, $"only {rules.Count} rules: the case is too thin");
    }

    [Fact]
    public void A_rule_exactly_as_confident_as_the_kth_segment_share_is_still_read_and_wins_the_tie_by_name()
    {
        // bought x; the segment buys b (share 0.5) and a (0.25); x => a has confidence 2/4 = 0.5 (lift 0.5 / 0.2 = 2.5).
        // a scores max(0.5, 0.25) = 0.5 by the rule, b 0.5 by the segment: equal, and "a" sorts first.
        var rule = new AssociationRule([0], [1], Count: 2, AntecedentCount: 4, ConsequentCount: 2, BasketCount: 10);
        var picker = new NextBestOffers(["x", "a", "b"], [rule], new Dictionary<string, double[]> { ["S"] = [0, 0.25, 0.5] });
        var output = new OfferCandidate[1];

        Assert.Equal(1, picker.Pick([0], "S", output));

        Assert.Equal(new OfferCandidate(1, 0.5, rule), output[0]);
    }

    // the definition, item by item: best rule (first of equal confidence, antecedents in id order), the higher of rule and
    // segment share (a tie to the rule), all sorted by score and then name
    static List<(int, double, AssociationRule?)> BruteForce(int[] bought, string? segment, List<AssociationRule> rules,
        Dictionary<string, double[]> shares, List<string> names, int k)
    {
        var candidates = new List<(int Item, double Score, AssociationRule? Rule)>();
        for (var y = 0; y < names.Count; y++)
        {
            if (bought.Contains(y)) continue;
            AssociationRule? best = null;
            foreach (var x in bought.Order())
            foreach (var rule in rules.Where(r => r.Antecedent[0] == x && r.Consequent[0] == y))
                if (best is null || rule.Confidence > best.Confidence) best = rule;
            var share = segment is null ? 0 : shares[segment][y];
            var ruleScore = best?.Confidence ?? 0;
            if (ruleScore <= 0 && share <= 0) continue;
            candidates.Add(ruleScore >= share ? (y, ruleScore, best) : (y, share, null));
        }
        return candidates.OrderByDescending(c => c.Score).ThenBy(c => names[c.Item], StringComparer.Ordinal).Take(k).ToList();
    }
}
