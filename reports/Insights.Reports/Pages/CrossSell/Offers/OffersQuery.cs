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

/// <summary>The offers and the model behind them.</summary>
public sealed record OffersResult(string Level, int Customers, int MinCount, int PairRules, bool HasSegments, IReadOnlyList<OfferRow> Offers);

/// <summary>
/// Next-best offer per customer. Each customer's history is one "basket" (the items ever bought in the period); FP-growth on
/// these gives pair rules X ⇒ Y at customer level ("38% of buyers of X also buy Y, 3.1× the usual rate"). An item the customer
/// has not bought scores the higher of (a) the best confidence of a rule X ⇒ Y with lift above 1 and X bought, and (b) the
/// share of the customer's segment who bought Y; the reason names the winner. Top-k per customer, highest score first.
/// </summary>
public sealed class OffersQuery(DuckDbWarehouse warehouse)
{
    static readonly string Sql = SqlResource.Load<OffersQuery>("customer_items.sql");

    /// <summary>Offers for every customer (of the filter's segment, when one is given).</summary>
    public OffersResult Run(OffersFilter filter)
    {
        var (customers, baskets) = Load(filter);
        var minCount = SupportThreshold.MinCount(Math.Clamp(filter.MinSupport, 0m, 1m), Math.Max(1, baskets.Count));
        var rules = AssociationRules.Generate(FpGrowth.Mine(baskets, minCount, maxLength: 2), 0m, Math.Max(1m, filter.MinLift))
            .Where(r => r.Lift > 1).ToList();
        var byAntecedent = rules.ToLookup(r => r.Antecedent[0]);
        var names = baskets.ItemNames;
        var penetration = customers.Where(c => c.Segment is not null).GroupBy(c => c.Segment!).ToDictionary(g => g.Key, g =>
        {
            var share = new double[names.Count];
            foreach (var c in g) foreach (var i in c.Items) share[i]++;
            for (var i = 0; i < share.Length; i++) share[i] /= g.Count();
            return share;
        });
        var offers = new List<OfferRow>();
        var top = Math.Clamp(filter.Top, 1, 50);
        foreach (var customer in customers)
        {
            if (!string.IsNullOrWhiteSpace(filter.Segment) && customer.Segment != filter.Segment) continue;
            var bought = customer.Items.ToHashSet();
            var best = new AssociationRule?[names.Count];
            foreach (var x in customer.Items)
                foreach (var rule in byAntecedent[x])
                {
                    var y = rule.Consequent[0];
                    if (!bought.Contains(y) && (best[y] is not { } b || rule.Confidence > b.Confidence)) best[y] = rule;
                }
            var segmentShare = customer.Segment is { } s ? penetration[s] : null;
            var candidates = new List<OfferRow>();
            for (var y = 0; y < names.Count; y++)
            {
                if (bought.Contains(y)) continue;
                var ruleScore = best[y]?.Confidence ?? 0;
                var segmentScore = segmentShare?[y] ?? 0;
                if (ruleScore <= 0 && segmentScore <= 0) continue;
                candidates.Add(ruleScore >= segmentScore
                    ? new OfferRow(customer.Id, customer.Segment, 0, names[y], ruleScore, "rule", RuleReason(best[y]!, names))
                    : new OfferRow(customer.Id, customer.Segment, 0, names[y], segmentScore, "segment",
                        string.Create(CultureInfo.InvariantCulture, $"{Percent(segmentScore)} of {customer.Segment} customers buy {names[y]}")));
            }
            var rank = 0;
            foreach (var offer in candidates.OrderByDescending(o => o.Score).ThenBy(o => o.Item, StringComparer.Ordinal).Take(top))
                offers.Add(offer with { Rank = ++rank });
        }
        return new OffersResult(filter.IsCategoryLevel ? "category" : "product", customers.Count, minCount, rules.Count, penetration.Count > 0, offers);
    }

    static string RuleReason(AssociationRule rule, IReadOnlyList<string> names) => string.Create(CultureInfo.InvariantCulture,
        $"bought {names[rule.Antecedent[0]]}; {Percent(rule.Confidence)} of buyers of {names[rule.Antecedent[0]]} also buy {names[rule.Consequent[0]]}, {rule.Lift:0.0}× the usual rate");

    static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    sealed record Customer(int Id, string? Segment, int[] Items);

    (List<Customer> Customers, Baskets Baskets) Load(OffersFilter filter)
    {
        using var connection = warehouse.OpenConnection();
        using var command = connection.CreateCommand(Sql, ("level", filter.IsCategoryLevel ? "category" : "product"),
            ("from", filter.From?.ToDateTime(TimeOnly.MinValue)), ("to", filter.To?.ToDateTime(TimeOnly.MinValue)));
        using var reader = command.ExecuteReader();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var customers = new List<Customer>();
        while (reader.Read())
        {
            var items = reader.GetFieldValue<List<string>>(2).Select(name =>
            {
                if (!ids.TryGetValue(name, out var id))
                {
                    ids[name] = id = names.Count;
                    names.Add(name);
                }
                return id;
            }).Distinct().Order().ToArray();
            customers.Add(new Customer(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1), items));
        }
        return (customers, new Baskets(names, customers.Select(c => c.Items).ToList(), Enumerable.Repeat(1, customers.Count).ToArray()));
    }
}
