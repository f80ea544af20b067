using System.Globalization;
using Insights.Reports.Analytics;
using Insights.Warehouse;

namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>One offer: the customer's k-th best item not bought yet, its score and the one-line reason.</summary>
public sealed record OfferRow(int CustomerId, string? Segment, int Rank, string Item, double Score, string Basis, string Reason)
{
    /// <summary>CSV column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } = ["customer_id", "segment", "rank", "item", "score", "basis", "reason"];

    /// <summary>The CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() => [CustomerId, Segment, Rank, Item, Score, Basis, Reason];
}

/// <summary>
/// The offers and the model behind them: <see cref="Offers"/> holds the first rows (all of them unless a row limit was asked
/// for), <see cref="TotalOffers"/> counts every offer.
/// </summary>
public sealed record OffersResult(string Level, int Customers, int MinCount, int PairRules, bool HasSegments, IReadOnlyList<OfferRow> Offers,
    long TotalOffers);

/// <summary>
/// Next-best offer per customer. Each customer's history is one "basket" (the items ever bought in the period); FP-growth on
/// these gives pair rules X ⇒ Y at customer level ("38% of buyers of X also buy Y, 3.1× the usual rate"). An item the customer
/// has not bought scores the higher of (a) the best confidence of a rule X ⇒ Y with lift above 1 and X bought, and (b) the
/// share of the customer's segment who bought Y; the reason names the winner. Top-k per customer, highest score first.
/// </summary>
public sealed class OffersQuery(DuckDbWarehouse warehouse)
{
    static readonly string CustomerItemsSql = SqlResource.Load<OffersQuery>("customer_items.sql");
    static readonly string ItemNamesSql = SqlResource.Load<OffersQuery>("item_names.sql");

    /// <summary>
    /// Offers for every customer (of the filter's segment, when one is given), in customer order; with <paramref name="rowLimit"/>
    /// only the first rows are written out (with their reasons) and the rest are only counted, which is what a page needs: at
    /// SF10 there are millions.
    /// </summary>
    public OffersResult Run(OffersFilter filter, int? rowLimit = null)
    {
        var (customers, baskets) = Load(filter);
        var minCount = SupportThreshold.MinCount(Math.Clamp(filter.MinSupport, 0m, 1m), Math.Max(1, baskets.Count));
        var rules = AssociationRules.Generate(FpGrowth.Mine(baskets, minCount, maxLength: 2), 0m, Math.Max(1m, filter.MinLift))
            .Where(r => r.Lift > 1).ToList();
        // per antecedent item, its rules as arrays (a lookup's enumerators cost more than the scoring itself)
        var byAntecedent = rules.GroupBy(r => r.Antecedent[0]).ToDictionary(g => g.Key, g => g.ToArray());
        var names = baskets.ItemNames;
        // ties in score go to the item whose name sorts first: its position in the ordinal order of names
        var nameOrder = new int[names.Count];
        foreach (var (item, position) in Enumerable.Range(0, names.Count).OrderBy(i => names[i], StringComparer.Ordinal).Select((i, k) => (i, k)))
            nameOrder[item] = position;
        var penetration = customers.Where(c => c.Segment is not null).GroupBy(c => c.Segment!).ToDictionary(g => g.Key, g =>
        {
            var share = new double[names.Count];
            foreach (var c in g) foreach (var i in c.Items) share[i]++;
            for (var i = 0; i < share.Length; i++) share[i] /= g.Count();
            return share;
        });
        var offers = new List<OfferRow>();
        long total = 0;
        var top = Math.Clamp(filter.Top, 1, 50);
        var bought = new bool[names.Count];
        var best = new AssociationRule?[names.Count];
        var candidates = new Candidate[top];
        foreach (var customer in customers)
        {
            if (!string.IsNullOrWhiteSpace(filter.Segment) && customer.Segment != filter.Segment) continue;
            Array.Clear(bought);
            Array.Clear(best);
            foreach (var x in customer.Items) bought[x] = true;
            foreach (var x in customer.Items)
            {
                if (!byAntecedent.TryGetValue(x, out var fromX)) continue;
                foreach (var rule in fromX)
                {
                    var y = rule.Consequent[0];
                    if (!bought[y] && (best[y] is not { } b || rule.Confidence > b.Confidence)) best[y] = rule;
                }
            }
            var segmentShare = customer.Segment is { } s ? penetration[s] : null;
            // the best `top` candidates, kept sorted as they come (a full sort of every candidate cost most of the time)
            var kept = 0;
            for (var y = 0; y < names.Count; y++)
            {
                if (bought[y]) continue;
                var ruleScore = best[y]?.Confidence ?? 0;
                var segmentScore = segmentShare?[y] ?? 0;
                if (ruleScore <= 0 && segmentScore <= 0) continue;
                var candidate = ruleScore >= segmentScore ? new Candidate(y, ruleScore, best[y]) : new Candidate(y, segmentScore, null);
                if (kept == top && !Before(candidate, candidates[kept - 1], nameOrder)) continue;
                var at = kept == top ? kept - 1 : kept++;
                while (at > 0 && Before(candidate, candidates[at - 1], nameOrder))
                {
                    candidates[at] = candidates[at - 1];
                    at--;
                }
                candidates[at] = candidate;
            }
            for (var rank = 1; rank <= kept; rank++)
            {
                if (rowLimit is null || total < rowLimit)
                {
                    var (y, score, rule) = candidates[rank - 1];
                    offers.Add(rule is not null
                        ? new OfferRow(customer.Id, customer.Segment, rank, names[y], score, "rule", RuleReason(rule, names))
                        : new OfferRow(customer.Id, customer.Segment, rank, names[y], score, "segment",
                            string.Create(CultureInfo.InvariantCulture, $"{Percent(score)} of {customer.Segment} customers buy {names[y]}")));
                }
                total++;
            }
        }
        return new OffersResult(filter.IsCategoryLevel ? "category" : "product", customers.Count, minCount, rules.Count, penetration.Count > 0,
            offers, total);
    }

    // an item not bought yet, with its score and the rule behind it (null: the segment's share won)
    readonly record struct Candidate(int Item, double Score, AssociationRule? Rule);

    // higher score first; on a tie, the item whose name sorts first
    static bool Before(Candidate a, Candidate b, int[] nameOrder) =>
        a.Score > b.Score || (a.Score == b.Score && nameOrder[a.Item] < nameOrder[b.Item]);

    static string RuleReason(AssociationRule rule, IReadOnlyList<string> names) => string.Create(CultureInfo.InvariantCulture,
        $"bought {names[rule.Antecedent[0]]}; {Percent(rule.Confidence)} of buyers of {names[rule.Antecedent[0]]} also buy {names[rule.Consequent[0]]}, {rule.Lift:0.0}× the usual rate");

    static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    sealed record Customer(int Id, string? Segment, int[] Items);

    (List<Customer> Customers, Baskets Baskets) Load(OffersFilter filter)
    {
        using var connection = warehouse.OpenConnection();
        var level = filter.IsCategoryLevel ? "category" : "product";
        // items are numbered in the order their names first appear; a product key maps to its item's number
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var itemOfKey = new Dictionary<long, int>();
        using (var command = connection.CreateCommand(ItemNamesSql, ("level", level)))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var name = reader.GetString(1);
                if (!ids.TryGetValue(name, out var id))
                {
                    ids[name] = id = names.Count;
                    names.Add(name);
                }
                itemOfKey[reader.GetInt64(0)] = id;
            }
        var customers = new List<Customer>();
        using (var command = connection.CreateCommand(CustomerItemsSql,
                   ("from", filter.From?.ToDateTime(TimeOnly.MinValue)), ("to", filter.To?.ToDateTime(TimeOnly.MinValue))))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var items = reader.GetFieldValue<List<long>>(2).Select(key => itemOfKey[key]).Distinct().Order().ToArray();
                customers.Add(new Customer(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1), items));
            }
        return (customers, new Baskets(names, customers.Select(c => c.Items).ToList(), Enumerable.Repeat(1, customers.Count).ToArray()));
    }
}
