using Insights.Reports.Analytics;

namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>An item offered to a customer: its score and the rule behind it (null: the share of the segment buying it won).</summary>
public readonly record struct OfferCandidate(int Item, double Score, AssociationRule? Rule);

/// <summary>
/// Picks each customer's best k items not bought yet. An item scores the higher of (a) the best confidence of a rule X ⇒ item
/// with X bought and (b) the share of the customer's segment buying the item (a tie goes to the rule); higher scores first,
/// equal scores in the ordinal order of item names. Work per customer grows with k, the items bought and the rules that can
/// still matter, not with the catalogue: a rule less confident than the k-th best segment share cannot put its item among
/// the k (k items already score at least that much), so each item's rules are read, most confident first, down to it; and
/// the segment's items are read in order of their share, until k of them are in. At SF10 (880 k customers, 400 products)
/// reading every rule and scoring every product per customer took 9 s; this takes a fraction of it.
/// </summary>
public sealed class NextBestOffers
{
    readonly Dictionary<int, AssociationRule[]> _rulesFrom;
    readonly int[] _nameOrder;
    readonly Dictionary<string, (double[] Share, int[] ByShare)> _segments;
    readonly bool[] _bought;
    readonly AssociationRule?[] _best;
    readonly List<int> _touched = [];

    /// <summary>Prepares the scoring.</summary>
    /// <param name="names">Item names by item id.</param>
    /// <param name="rules">Pair rules X ⇒ Y with lift above 1.</param>
    /// <param name="segmentShares">Per segment, the share of its customers buying each item.</param>
    public NextBestOffers(IReadOnlyList<string> names, IEnumerable<AssociationRule> rules, IReadOnlyDictionary<string, double[]> segmentShares)
    {
        _nameOrder = new int[names.Count];
        foreach (var (item, position) in Enumerable.Range(0, names.Count).OrderBy(i => names[i], StringComparer.Ordinal).Select((i, k) => (i, k)))
            _nameOrder[item] = position;
        _rulesFrom = rules.GroupBy(r => r.Antecedent[0]).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Confidence).ToArray());
        _segments = segmentShares.ToDictionary(s => s.Key, s => (s.Value,
            Enumerable.Range(0, names.Count).Where(i => s.Value[i] > 0)
                .OrderByDescending(i => s.Value[i]).ThenBy(i => _nameOrder[i]).ToArray()));
        _bought = new bool[names.Count];
        _best = new AssociationRule?[names.Count];
    }

    /// <summary>Writes the customer's best offers, best first, into <paramref name="output"/> (k = its length); returns how many.</summary>
    public int Pick(int[] itemsBought, string? segment, OfferCandidate[] output)
    {
        foreach (var x in itemsBought) _bought[x] = true;
        var (share, byShare) = segment is not null && _segments.TryGetValue(segment, out var s) ? s : (null, []);
        try
        {
            // the k-th best segment share among items not bought (0 when fewer than k have one)
            var threshold = 0.0;
            var seen = 0;
            foreach (var y in byShare)
            {
                if (_bought[y]) continue;
                if (++seen == output.Length)
                {
                    threshold = share![y];
                    break;
                }
            }
            foreach (var x in itemsBought)
            {
                if (!_rulesFrom.TryGetValue(x, out var fromX)) continue;
                foreach (var rule in fromX)
                {
                    if (rule.Confidence < threshold) break;
                    var y = rule.Consequent[0];
                    if (_bought[y]) continue;
                    if (_best[y] is null) _touched.Add(y);
                    else if (rule.Confidence <= _best[y]!.Confidence) continue;
                    _best[y] = rule;
                }
            }
            var kept = 0;
            foreach (var y in _touched)
            {
                var segmentScore = share?[y] ?? 0;
                var rule = _best[y]!;
                Insert(rule.Confidence >= segmentScore ? new OfferCandidate(y, rule.Confidence, rule) : new OfferCandidate(y, segmentScore, null),
                    output, ref kept);
            }
            var fromSegment = 0;
            foreach (var y in byShare)
            {
                if (fromSegment == output.Length) break;   // the rest share no more than these
                if (_bought[y] || _best[y] is not null) continue;
                Insert(new OfferCandidate(y, share![y], null), output, ref kept);
                fromSegment++;
            }
            return kept;
        }
        finally
        {
            foreach (var x in itemsBought) _bought[x] = false;
            foreach (var y in _touched) _best[y] = null;
            _touched.Clear();
        }
    }

    // keeps output[0..kept) sorted best first, at most output.Length long
    void Insert(OfferCandidate candidate, OfferCandidate[] output, ref int kept)
    {
        if (kept == output.Length && !Before(candidate, output[kept - 1])) return;
        var at = kept == output.Length ? kept - 1 : kept++;
        while (at > 0 && Before(candidate, output[at - 1]))
        {
            output[at] = output[at - 1];
            at--;
        }
        output[at] = candidate;
    }

    // higher score first; on a tie, the item whose name sorts first
    bool Before(OfferCandidate a, OfferCandidate b) =>
        a.Score > b.Score || (a.Score == b.Score && _nameOrder[a.Item] < _nameOrder[b.Item]);
}
