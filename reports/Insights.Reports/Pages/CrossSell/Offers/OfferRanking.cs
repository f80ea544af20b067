using System.Globalization;
using Insights.Reports.Analytics;

namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>
/// Ranks the items a customer could be offered (docs/reports/cross-sell.md, "Next-best offers"). Candidates are the same for every
/// method: every item except one returned or complained about in the last <see cref="OfferHistory.BlockDays"/> days (items not
/// bought yet, items bought on one day, and items bought on two or more days: a cycle). For each candidate y:
/// share of the customer's purchase days with y = (their days with y + <see cref="PriorDays"/> × rate(y) × lift) / (their
/// purchase days + <see cref="PriorDays"/>), where rate(y) is the share of all purchase days including y and lift the best
/// evidence (a pair rule from an item they bought, else their segment's take-up against everyone's, else 1); expected purchase
/// days of y in the horizon = P(alive) × expected purchase days if alive × that share, and for an item bought on a cycle at most
/// P(alive) × the due dates of the cycle that fall in the horizon; expected revenue = that × spend per purchase day (their own
/// for an item they buy, everyone's otherwise). Most likely ranks by the expected purchase days, most revenue by the expected
/// revenue; the baselines by the share of customers (of the segment) buying the item. Higher first, equal scores by item name.
/// Not thread-safe: one instance per computation.
/// </summary>
public sealed class OfferRanking
{
    readonly OfferHistory _history;
    readonly int _horizonDays;
    readonly int[] _nameOrder;
    readonly double[] _share;
    readonly double[] _rate;
    readonly double[] _spend;
    readonly Dictionary<string, (double Size, double[] Share)> _segments = new(StringComparer.Ordinal);
    readonly Dictionary<int, AssociationRule[]> _rulesFrom;
    readonly int[] _boughtAt;
    readonly bool[] _blocked;
    readonly double[] _ruleLift;
    readonly int[] _ruleFrom;

    /// <summary>Prepares the ranking of <paramref name="history"/> with the customer-level pair <paramref name="rules"/> (lift above 1).</summary>
    public OfferRanking(OfferHistory history, IEnumerable<AssociationRule> rules, int horizonDays)
    {
        _history = history;
        _horizonDays = horizonDays;
        var n = history.Items.Count;
        _nameOrder = new int[n];
        foreach (var (item, position) in Enumerable.Range(0, n).OrderBy(i => history.Items[i].Name, StringComparer.Ordinal).Select((i, k) => (i, k)))
            _nameOrder[item] = position;
        var buyers = new double[n];
        var itemDays = new double[n];
        var amount = new double[n];
        double days = 0;
        foreach (var c in history.Customers)
        {
            days += c.PurchaseDays;
            var segmentShare = c.Segment is null ? null : Segment(c.Segment).Share;
            foreach (var b in c.Bought)
            {
                buyers[b.Item]++;
                itemDays[b.Item] += b.PurchaseDays;
                amount[b.Item] += b.NetAmount;
                if (segmentShare is not null) segmentShare[b.Item]++;
            }
        }
        var customers = Math.Max(1, history.Customers.Count);
        _share = buyers.Select(b => b / customers).ToArray();
        _rate = itemDays.Select(d => days > 0 ? d / days : 0).ToArray();
        _spend = itemDays.Select((d, i) => d > 0 ? amount[i] / d : 0).ToArray();
        foreach (var (_, (size, share)) in _segments)
            for (var i = 0; i < n; i++) share[i] /= size;
        _rulesFrom = rules.Where(r => r.Lift > 1).GroupBy(r => r.Antecedent[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _boughtAt = Enumerable.Repeat(-1, n).ToArray();
        _blocked = new bool[n];
        _ruleLift = new double[n];
        _ruleFrom = Enumerable.Repeat(-1, n).ToArray();
    }

    (double Size, double[] Share) Segment(string name)
    {
        if (!_segments.TryGetValue(name, out var s)) s = (0, new double[_history.Items.Count]);
        _segments[name] = s = (s.Size + 1, s.Share);
        return s;
    }

    /// <summary>The share of customers buying each item (the popularity baseline's score).</summary>
    public IReadOnlyList<double> Share => _share;

    /// <summary>The share of all purchase days that include each item.</summary>
    public IReadOnlyList<double> Rate => _rate;

    /// <summary>Mean spend on each item per purchase day of it.</summary>
    public IReadOnlyList<double> Spend => _spend;

    /// <summary>
    /// Writes <paramref name="customer"/>'s best offers by <paramref name="method"/>, best first, into <paramref name="output"/>
    /// (k = its length), only of items in <paramref name="category"/> when one is given; returns how many.
    /// </summary>
    public int Pick(OfferCustomer customer, OfferActivity activity, OfferMethod method, OfferCandidate[] output, string? category = null)
    {
        var bought = customer.Bought;
        for (var i = 0; i < bought.Count; i++) _boughtAt[bought[i].Item] = i;
        foreach (var block in customer.Blocked) _blocked[block.Item] = true;
        try
        {
            if (method is OfferMethod.MostLikely or OfferMethod.MostRevenue) BestRules(bought);
            var segmentShare = customer.Segment is not null && _segments.TryGetValue(customer.Segment, out var s) ? s.Share : null;
            var kept = 0;
            for (var y = 0; y < _history.Items.Count; y++)
            {
                if (_blocked[y] || (category is not null && _history.Items[y].Category != category)) continue;
                var at = _boughtAt[y];
                var candidate = method switch
                {
                    OfferMethod.Popular => new OfferCandidate(y, _share[y], OfferBasis.Popular, 0, 0, 1, -1, 0, 0),
                    OfferMethod.PopularInSegment => new OfferCandidate(y, (segmentShare ?? _share)[y], OfferBasis.Popular, 0, 0, 1, -1, 0, 0),
                    _ => at < 0 ? New(y, customer.PurchaseDays, activity, segmentShare)
                        : bought[at].PurchaseDays < 2 ? Repeat(bought[at], customer.PurchaseDays, activity, segmentShare)
                        : Cycle(bought[at], customer.PurchaseDays, activity, segmentShare),
                };
                // the next-best score: expected purchase days of the item (most likely), or their revenue (most revenue)
                if (method != OfferMethod.Popular && method != OfferMethod.PopularInSegment)
                    candidate = candidate with { Score = method == OfferMethod.MostRevenue ? candidate.ExpectedRevenue : candidate.ExpectedPurchases };
                if (candidate.Score > 0) Insert(candidate, output, ref kept);
            }
            return kept;
        }
        finally
        {
            foreach (var b in bought) _boughtAt[b.Item] = -1;
            foreach (var block in customer.Blocked) _blocked[block.Item] = false;
            Array.Clear(_ruleLift);
        }
    }

    // the best lift of a rule x => y per item y, over the items x bought (the first x in the customer's order on a tie)
    void BestRules(IReadOnlyList<CustomerItem> bought)
    {
        foreach (var x in bought)
        {
            if (!_rulesFrom.TryGetValue(x.Item, out var rules)) continue;
            foreach (var rule in rules)
            {
                var y = rule.Consequent[0];
                if (rule.Lift > _ruleLift[y]) (_ruleLift[y], _ruleFrom[y]) = (rule.Lift, x.Item);
            }
        }
    }

    OfferCandidate Cycle(CustomerItem item, int customerDays, OfferActivity activity, double[]? segmentShare)
    {
        // the customer's own median gap once they have two gaps; with one, the item's usual cycle (the intervals page's category cycle)
        var cycle = item.PurchaseDays >= 3 && item.MedianGapDays is > 0 ? item.MedianGapDays.Value
            : _history.ItemCycleDays[item.Item] ?? item.MedianGapDays ?? 0;
        if (cycle <= 0) return default;
        var since = _history.AsOf.DayNumber - item.LastPurchaseOn.DayNumber;
        var due = (int)Math.Round(cycle - since, MidpointRounding.AwayFromZero);
        var dueDates = due < _horizonDays ? 1 + Math.Floor((_horizonDays - 1 - Math.Max(due, 0)) / cycle) : 0;
        var (_, lift, _) = Evidence(item.Item, segmentShare);
        var expected = activity.ProbabilityAlive * Math.Min(dueDates, activity.ExpectedPurchasesIfAlive * ShareOfDays(item.Item, item.PurchaseDays, customerDays, lift));
        var spend = item.NetAmount / item.PurchaseDays;
        return new OfferCandidate(item.Item, expected * spend, OfferBasis.Cycle, expected, spend, lift, -1, due, cycle);
    }

    // an item bought on one purchase day: no cycle of their own to time it by, but that day counts in their share of days with it
    // (issue 19: left out before, it was the best guess for the customers without a habit; the backtest in cross-sell.md)
    OfferCandidate Repeat(CustomerItem item, int customerDays, OfferActivity activity, double[]? segmentShare)
    {
        var (_, lift, _) = Evidence(item.Item, segmentShare);
        var expected = activity.ExpectedPurchases * ShareOfDays(item.Item, 1, customerDays, lift);
        return new OfferCandidate(item.Item, expected * item.NetAmount, OfferBasis.Repeat, expected, item.NetAmount, lift, -1, 0, 0);
    }

    OfferCandidate New(int y, int customerDays, OfferActivity activity, double[]? segmentShare)
    {
        var (basis, lift, from) = Evidence(y, segmentShare);
        var expected = activity.ExpectedPurchases * ShareOfDays(y, 0, customerDays, lift);
        return new OfferCandidate(y, expected * _spend[y], basis, expected, _spend[y], lift, from, 0, 0);
    }

    /// <summary>Pseudo purchase days the item's usual rate × the evidence's lift counts for against the customer's own days.</summary>
    public const double PriorDays = 2;

    // the share of the customer's purchase days expected to include y: their own days with y, shrunk towards the item's usual
    // rate × the evidence's lift by PriorDays pseudo days (all prior for an item not bought, mostly their own for a long history)
    double ShareOfDays(int y, int itemDays, int customerDays, double lift) =>
        (itemDays + PriorDays * Math.Min(1, _rate[y] * lift)) / (customerDays + PriorDays);

    // the best evidence about y for this customer: a pair rule from an item bought, else the segment, else none (lift 1)
    (OfferBasis Basis, double Lift, int From) Evidence(int y, double[]? segmentShare)
    {
        var segmentLift = segmentShare is not null && _share[y] > 0 ? segmentShare[y] / _share[y] : double.NaN;
        return _ruleLift[y] > 0 && !(segmentLift > _ruleLift[y]) ? (OfferBasis.Rule, _ruleLift[y], _ruleFrom[y])
            : !double.IsNaN(segmentLift) ? (OfferBasis.Segment, segmentLift, -1)
            : (OfferBasis.Popular, 1.0, -1);
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

    bool Before(OfferCandidate a, OfferCandidate b) =>
        a.Score > b.Score || (a.Score == b.Score && _nameOrder[a.Item] < _nameOrder[b.Item]);

    /// <summary>The one-line reason of <paramref name="offer"/> to <paramref name="customer"/>, naming the evidence.</summary>
    public string Reason(OfferCustomer customer, OfferCandidate offer)
    {
        var y = _history.Items[offer.Item].Name;
        var inv = CultureInfo.InvariantCulture;
        switch (offer.Basis)
        {
            case OfferBasis.Cycle:
                var days = customer.Bought.First(b => b.Item == offer.Item).PurchaseDays;
                var when = offer.DueInDays > 0 ? string.Create(inv, $"due for {y} in about {offer.DueInDays} days")
                    : offer.DueInDays == 0 ? $"due for {y} now" : string.Create(inv, $"{y} overdue by about {-offer.DueInDays} days");
                return string.Create(inv, $"bought {y} on {days} days, about every {offer.CycleDays:0} days; {when}");
            case OfferBasis.Repeat:
                return string.Create(inv, $"bought {y} on 1 of {customer.PurchaseDays} purchase days; {_share[offer.Item] * 100:0}% of customers buy {y}");
            case OfferBasis.Rule:
                var x = _history.Items[offer.Antecedent].Name;
                var xDays = customer.Bought.First(b => b.Item == offer.Antecedent).PurchaseDays;
                return string.Create(inv, $"bought {x} on {xDays} {(xDays == 1 ? "day" : "days")}; {x} buyers take {y} {offer.Lift:0.0}× as often as others");
            case OfferBasis.Segment:
                return string.Create(inv, $"{customer.Segment} customers take {y} {offer.Lift:0.0}× as often as others");
            default:
                return string.Create(inv, $"{_share[offer.Item] * 100:0}% of customers buy {y}");
        }
    }
}
