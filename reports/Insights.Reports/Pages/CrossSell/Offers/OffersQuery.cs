using System.Globalization;
using Insights.Reports.Analytics;
using Insights.Reports.Limits;
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
public sealed class OffersQuery(DuckDbWarehouse warehouse, ComputeGate gate)
{
    static readonly string CustomerItemsSql = SqlResource.Load<OffersQuery>("customer_items.sql");
    static readonly string ItemNamesSql = SqlResource.Load<OffersQuery>("item_names.sql");

    /// <summary>
    /// Offers for every customer (of the filter's segment, when one is given), in customer order; with <paramref name="rowLimit"/>
    /// only the first rows are written out (with their reasons) and the rest are only counted, which is what a page needs: at
    /// SF10 there are millions.
    /// </summary>
    public OffersResult Run(OffersFilter filter, int? rowLimit = null, CancellationToken ct = default) =>
        gate.Run(ComputeKind.Offers, ct, token => Score(filter, rowLimit, token));

    OffersResult Score(OffersFilter filter, int? rowLimit, CancellationToken ct)
    {
        var model = Prepare(filter, ct);
        var offers = new List<OfferRow>();
        long total = 0;
        foreach (var pick in model.Picks)
        {
            if (total % 4096 == 0) ct.ThrowIfCancellationRequested();   // millions of customers at SF10: give up with the request
            if (rowLimit is null || total < rowLimit) offers.Add(model.Row(pick));
            total++;
        }
        return new OffersResult(model.Level, model.Customers, model.MinCount, model.PairRules, model.HasSegments, offers, total);
    }

    /// <summary>
    /// <see cref="Run"/> for the page, with the filter's own row limit. DuckDB.NET reads synchronously, so this runs on the caller's
    /// thread, behind the offers gate (<see cref="ComputeGate"/>); the token stops the reads and the scoring.
    /// </summary>
    public Task<OffersResult> RunAsync(OffersFilter filter, CancellationToken ct) => Task.FromResult(Run(filter, filter.Limit, ct));

    /// <summary>
    /// Every offer of the filter, computed as it is read (for a download of millions of rows). The model is built behind the
    /// offers gate; the rows are scored as the download writes them, which stops when the client leaves.
    /// </summary>
    public IEnumerable<OfferRow> Stream(OffersFilter filter, CancellationToken ct = default)
    {
        var model = gate.Run(ComputeKind.Offers, ct, token => Prepare(filter, token));
        return model.Picks.Select(model.Row);
    }

    OffersModel Prepare(OffersFilter filter, CancellationToken ct)
    {
        var (customers, baskets) = Load(filter, ct);
        ct.ThrowIfCancellationRequested();
        var minCount = SupportThreshold.MinCount(Math.Clamp(filter.MinSupport, 0m, 1m), Math.Max(1, baskets.Count));
        var rules = AssociationRules.Generate(FrequentPairs.Mine(baskets, minCount), 0m, Math.Max(1m, filter.MinLift))
            .Where(r => r.Lift > 1).ToList();
        var names = baskets.ItemNames;
        var penetration = customers.Where(c => c.Segment is not null).GroupBy(c => c.Segment!).ToDictionary(g => g.Key, g =>
        {
            var share = new double[names.Count];
            foreach (var c in g) foreach (var i in c.Items) share[i]++;
            for (var i = 0; i < share.Length; i++) share[i] /= g.Count();
            return share;
        });
        var scorer = new NextBestOffers(names, rules, penetration);
        var chosen = string.IsNullOrWhiteSpace(filter.Segment) ? customers : customers.Where(c => c.Segment == filter.Segment);
        return new OffersModel(filter.IsCategoryLevel ? "category" : "product", customers.Count, minCount, rules.Count,
            penetration.Count > 0, names, Picks(chosen, scorer, Math.Clamp(filter.Top, 1, 50)));
    }

    // each customer's offers, best first, as (customer, rank, item): the reason is written only for a row someone reads
    static IEnumerable<OfferPick> Picks(IEnumerable<Customer> customers, NextBestOffers scorer, int top)
    {
        var best = new OfferCandidate[top];
        foreach (var customer in customers)
        {
            var kept = scorer.Pick(customer.Items, customer.Segment, best);
            for (var rank = 1; rank <= kept; rank++) yield return new OfferPick(customer, rank, best[rank - 1]);
        }
    }

    readonly record struct OfferPick(Customer Customer, int Rank, OfferCandidate Offer);

    sealed record OffersModel(string Level, int Customers, int MinCount, int PairRules, bool HasSegments, IReadOnlyList<string> Names,
        IEnumerable<OfferPick> Picks)
    {
        public OfferRow Row(OfferPick pick)
        {
            var ((id, segment, _), rank, (y, score, rule)) = pick;
            return rule is not null
                ? new OfferRow(id, segment, rank, Names[y], score, "rule", RuleReason(rule, Names))
                : new OfferRow(id, segment, rank, Names[y], score, "segment",
                    string.Create(CultureInfo.InvariantCulture, $"{Percent(score)} of {segment} customers buy {Names[y]}"));
        }
    }

    static string RuleReason(AssociationRule rule, IReadOnlyList<string> names) => string.Create(CultureInfo.InvariantCulture,
        $"bought {names[rule.Antecedent[0]]}; {Percent(rule.Confidence)} of buyers of {names[rule.Antecedent[0]]} also buy {names[rule.Consequent[0]]}, {rule.Lift:0.0}× the usual rate");

    static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    sealed record Customer(int Id, string? Segment, int[] Items);

    (List<Customer> Customers, Baskets Baskets) Load(OffersFilter filter, CancellationToken ct)
    {
        using var connection = warehouse.OpenConnection();
        var level = filter.IsCategoryLevel ? "category" : "product";
        // items are numbered in the order their names first appear; a product key maps to its item's number
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var itemOfKey = new Dictionary<long, int>();
        using (var command = connection.CreateCommand(ItemNamesSql, ("level", level)))
        using (command.StopWhen(ct))
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
        using (command.StopWhen(ct))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var items = reader.GetFieldValue<List<long>>(2).Select(key => itemOfKey[key]).Distinct().Order().ToArray();
                customers.Add(new Customer(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1), items));
            }
        return (customers, new Baskets(names, customers.Select(c => c.Items).ToList(), Enumerable.Repeat(1, customers.Count).ToArray()));
    }
}
