using DuckDB.NET.Data;
using Insights.Reports.Access;
using Insights.Reports.Limits;
using Insights.Reports.Pages.Intervals;
using Insights.Reports.Pages.Segments.Scope;
using Insights.Warehouse;

namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>
/// One offer: the customer's k-th best item, its score (the offer's expected revenue in the horizon) and the one-line reason; then (added
/// later) the customer's preferred name (personal data), the item's category, P(alive) (null when the model could not be
/// trusted), the expected purchase days of the item in the horizon and, for a cycle, the days until due.
/// </summary>
public sealed record OfferRow(int CustomerId, string? Segment, int Rank, string Item, double Score, string Basis, string Reason,
    string? PreferredName = null, string? Category = null, double? ProbabilityAlive = null, double ExpectedPurchases = 0, int? DueInDays = null)
    : IHasPersonalData<OfferRow>
{
    /// <summary>CSV column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["customer_id", "segment", "rank", "item", "score", "basis", "reason", "preferred_name", "category", "p_alive", "expected_purchases", "due_in_days"];

    /// <summary>The CSV cells.</summary>
    public IReadOnlyList<object?> CsvCells() =>
        [CustomerId, Segment, Rank, Item, Score, Basis, Reason, PreferredName, Category, ProbabilityAlive, ExpectedPurchases, DueInDays];

    /// <inheritdoc />
    public PersonalData PersonalData => new(null, PreferredName, null);

    /// <inheritdoc />
    public OfferRow WithPersonalData(PersonalData data) => this with { PreferredName = data.PreferredName };
}

/// <summary>
/// The offers and the model behind them: <see cref="Offers"/> holds the first rows (all of them unless a row limit was asked
/// for), <see cref="TotalOffers"/> counts every offer; then (added later) the as-of day, the horizon, whether P(alive) came from a
/// trusted BG/NBD fit and, when not, why.
/// </summary>
public sealed record OffersResult(string Level, int Customers, int MinCount, int PairRules, bool HasSegments, IReadOnlyList<OfferRow> Offers,
    long TotalOffers, DateOnly? AsOf = null, int Horizon = 90, bool Modelled = false, string? ModelNote = null)
{
    /// <summary>True when the offers were read from the ones kept after the latest load (<see cref="OffersMart"/>), false when computed.</summary>
    public bool FromMart { get; init; }

    /// <summary>Which path the offers took, in words for the page (null: computed without asking the mart).</summary>
    public string? Source { get; init; }
}

/// <summary>
/// Every candidate offer of the default computation for the after-load step: <see cref="Summary"/> says what they were computed
/// from (no rows in it), <see cref="Rows"/> are scored as they are read, in customer order (null summary: no purchases yet).
/// </summary>
public sealed record OfferCandidateSet(OffersResult? Summary, IEnumerable<OfferMartRow> Rows);

/// <summary>
/// One candidate of a customer for the mart: the offer with its rank by likelihood (<see cref="OfferRow.Rank"/>), its rank by
/// expected revenue (null when it has none) and the P(alive) the ranking used (1 when the fit was not trusted).
/// </summary>
public readonly record struct OfferMartRow(OfferRow Offer, int? RevenueRank, double ProbabilityAlive);

/// <summary>
/// Next-best offers per customer (see <see cref="OfferRanking"/>; ordered most likely or most revenue first by the filter's rank),
/// as of the day after the warehouse's last purchase day. The page lists customers by the expected revenue of their first offer,
/// so a lost customer comes after a loyal one; the download and <see cref="Stream"/> go in customer order, scoring as they are read.
/// </summary>
public sealed class OffersQuery(DuckDbWarehouse warehouse, ComputeGate gate)
{
    readonly OffersMart _mart = new(warehouse);

    static readonly string DatesSql = SqlResource.Load<OffersQuery>("offer_dates.sql");
    static readonly string CategoriesSql = SqlResource.Load<OffersQuery>("offer_categories.sql");
    static readonly string MembersSql = SqlResource.Load<OffersQuery>("offer_segment_members.sql");

    /// <summary>The product categories (the offer-category filter's choices).</summary>
    public IReadOnlyList<string> Categories()
    {
        using var connection = warehouse.OpenConnection();
        using var command = connection.CreateCommand(CategoriesSql);
        using var reader = command.ExecuteReader();
        var categories = new List<string>();
        while (reader.Read()) categories.Add(reader.GetString(0));
        return categories;
    }

    /// <summary>
    /// Offers for every customer of the filter (segment, P(alive) floor, offer category), best customers first; with
    /// <paramref name="rowLimit"/> only the first rows are written out and the rest are only counted. Read from the offers kept
    /// after the latest load when they can answer the filter (<see cref="OffersMart"/>), else computed; the result says which.
    /// </summary>
    public OffersResult Run(OffersFilter filter, int? rowLimit = null, CancellationToken ct = default) =>
        _mart.Read(filter, rowLimit, out var why, ct) ?? Compute(filter, rowLimit, ct) with { Source = why };

    /// <summary>Whether the offers kept after the latest load answer <paramref name="filter"/> (then <see cref="Run"/> only reads them).</summary>
    public bool KeptOffersAnswer(OffersFilter filter) => _mart.CanAnswer(filter);

    /// <summary><see cref="Run"/> always computed (behind the offers gate), never read from the mart: what the mart must equal.</summary>
    public OffersResult Compute(OffersFilter filter, int? rowLimit = null, CancellationToken ct = default) =>
        gate.Run(ComputeKind.Offers, ct, token => Score(filter, rowLimit, token));

    /// <summary><see cref="Run"/> for the page with the filter's own row limit, on the caller's thread behind the offers gate.</summary>
    public Task<OffersResult> RunAsync(OffersFilter filter, CancellationToken ct) => Task.FromResult(Run(filter, filter.Limit, ct));

    /// <summary>
    /// Every offer of the filter in customer order: read from the mart when it can answer the filter, else computed as it is
    /// read (a download of millions of rows).
    /// </summary>
    public IEnumerable<OfferRow> Stream(OffersFilter filter, CancellationToken ct = default) => _mart.Stream(filter, ct) ?? ComputeStream(filter, ct);

    /// <summary>
    /// <see cref="Stream"/> always computed: the model is built behind the offers gate; the rows are scored as the download writes
    /// them, which stops when the client leaves.
    /// </summary>
    public IEnumerable<OfferRow> ComputeStream(OffersFilter filter, CancellationToken ct = default)
    {
        var members = Members(filter);
        var model = gate.Run(ComputeKind.Offers, ct, token => Prepare(filter, token));
        return model is null ? [] : Picks(model, filter, Chosen(model, filter, members), ct).SelectMany(p => p.Rows);
    }

    /// <summary>
    /// Every candidate of every customer for <paramref name="filter"/>'s level, horizon, support, lift and period (the after-load
    /// step's mart), with both ranks; the BG/NBD fit is <paramref name="fitted"/> when it is the same fit, so a load fits once.
    /// </summary>
    public OfferCandidateSet Candidates(OffersFilter filter, OfferFit? fitted, CancellationToken ct = default)
    {
        var model = gate.Run(ComputeKind.Offers, ct, token => Prepare(filter, token, fitted, names: false));   // the mart holds no name
        if (model is null) return new(null, []);
        var summary = new OffersResult(filter.IsCategoryLevel ? "category" : "product", model.History.Customers.Count, model.MinCount,
            model.Rules.Count, model.HasSegments, [], 0, model.History.AsOf, model.HorizonDays, model.Activities.Modelled, model.Activities.ModelNote);
        return new(summary, AllCandidates(model, ct));
    }

    static IEnumerable<OfferMartRow> AllCandidates(OfferModel model, CancellationToken ct)
    {
        var n = model.History.Items.Count;
        var likely = new OfferCandidate[Math.Max(1, n)];
        var revenue = new OfferCandidate[Math.Max(1, n)];
        var revenueRank = new int[n];
        var customers = model.History.Customers;
        for (var i = 0; i < customers.Count; i++)
        {
            if (i % 4096 == 0) ct.ThrowIfCancellationRequested();
            var (customer, activity) = (customers[i], model.Activities.Customers[i]);
            var kept = model.Ranking.Pick(customer, activity, OfferMethod.MostLikely, likely);
            var keptRevenue = model.Ranking.Pick(customer, activity, OfferMethod.MostRevenue, revenue);
            for (var k = 0; k < keptRevenue; k++) revenueRank[revenue[k].Item] = k + 1;
            for (var k = 0; k < kept; k++)
            {
                var rank = revenueRank[likely[k].Item];
                yield return new OfferMartRow(Row(model, customer, activity, k + 1, likely[k]), rank > 0 ? rank : null, activity.ProbabilityAlive);
            }
            for (var k = 0; k < keptRevenue; k++) revenueRank[revenue[k].Item] = 0;
        }
    }

    OffersResult Score(OffersFilter filter, int? rowLimit, CancellationToken ct)
    {
        var members = Members(filter);   // first: a segment asked for and never resolved fails before the model is built
        var model = Prepare(filter, ct);
        var level = filter.IsCategoryLevel ? "category" : "product";
        if (model is null) return new OffersResult(level, 0, 0, 0, false, [], 0, null, filter.Horizon);
        // first pass: every customer's best score and number of offers; the rows are written for the customers shown only
        var ranked = new List<(int Index, double Best, int Count)>();
        long total = 0;
        foreach (var pick in Picks(model, filter, Chosen(model, filter, members), ct, rows: false))
        {
            ranked.Add((pick.Index, pick.Best, pick.Count));
            total += pick.Count;
        }
        ranked.Sort((a, b) => b.Best != a.Best ? b.Best.CompareTo(a.Best) : model.History.Customers[a.Index].Id.CompareTo(model.History.Customers[b.Index].Id));
        var shown = new List<int>();
        long written = 0;
        foreach (var (index, _, count) in ranked)
        {
            if (rowLimit is { } limit && written >= limit) break;
            shown.Add(index);
            written += count;
        }
        var offers = Picks(model, filter, shown, ct).SelectMany(p => p.Rows);
        return new OffersResult(level, model.History.Customers.Count, model.MinCount, model.Rules.Count, model.HasSegments,
            (rowLimit is { } l ? offers.Take(l) : offers).ToList(), total, model.History.AsOf, model.HorizonDays,
            model.Activities.Modelled, model.Activities.ModelNote);
    }

    OfferModel? Prepare(OffersFilter filter, CancellationToken ct, OfferFit? fitted = null, bool names = true)
    {
        using var connection = warehouse.OpenConnection();
        if (LastPurchase(connection) is not { } last) return null;
        var history = OfferHistory.Read(connection, filter.IsCategoryLevel ? "category" : "product", last.AddDays(1), cutoff: false,
            filter.From, filter.To, ct, names);
        return OfferModel.Build(history, filter.MinSupport, filter.MinLift, Math.Clamp(filter.Horizon, 7, 365), ct, fitted);
    }

    /// <summary>The first and last day with a completed order line (null when there are none).</summary>
    public static (DateOnly First, DateOnly Last)? PurchaseDays(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand(DatesSql);
        using var reader = command.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(1) ? (reader.GetFieldValue<DateOnly>(0), reader.GetFieldValue<DateOnly>(1)) : null;
    }

    static DateOnly? LastPurchase(DuckDBConnection connection) => PurchaseDays(connection)?.Last;

    // the saved segment's members (null: no saved segment), the customers the offers are written for. Only the rows are
    // restricted: the model (rules, segment rates, P(alive), cycles) stays fitted on everyone, as the kept offers are, so a
    // member's offers are the same with the segment as without it
    HashSet<int>? Members(OffersFilter filter)
    {
        var segment = SegmentScope.ParameterOf(filter);
        if (segment.Value is null) return null;
        using var connection = warehouse.OpenConnection();
        using var command = connection.CreateCommand(MembersSql, segment);
        using var reader = command.ExecuteReader();
        var members = new HashSet<int>();
        while (reader.Read()) members.Add(reader.GetInt32(0));
        return members;
    }

    // the customers of the filter's RFM segment, saved segment and P(alive) floor, by index into the history
    static IEnumerable<int> Chosen(OfferModel model, OffersFilter filter, HashSet<int>? members)
    {
        var customers = model.History.Customers;
        var floor = (double)Math.Clamp(filter.MinAlive, 0m, 1m);
        for (var i = 0; i < customers.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(filter.Segment) && customers[i].Segment != filter.Segment) continue;
            if (members is not null && !members.Contains(customers[i].Id)) continue;
            if (model.Activities.Customers[i].ProbabilityAlive < floor) continue;
            yield return i;
        }
    }

    sealed record CustomerPick(int Index, double Best, int Count, IReadOnlyList<OfferRow> Rows);

    static IEnumerable<CustomerPick> Picks(OfferModel model, OffersFilter filter, IEnumerable<int> chosen, CancellationToken ct, bool rows = true)
    {
        var best = new OfferCandidate[Math.Clamp(filter.Top, 1, 50)];
        var category = string.IsNullOrWhiteSpace(filter.Category) ? null : filter.Category;
        var seen = 0;
        foreach (var index in chosen)
        {
            if (++seen % 4096 == 0) ct.ThrowIfCancellationRequested();   // a million customers at SF10: give up with the request
            var customer = model.History.Customers[index];
            var activity = model.Activities.Customers[index];
            var kept = model.Ranking.Pick(customer, activity, filter.Method, best, category);
            if (kept == 0) continue;
            var written = rows ? Enumerable.Range(0, kept).Select(k => Row(model, customer, activity, k + 1, best[k])).ToList() : [];
            yield return new CustomerPick(index, best[0].ExpectedRevenue, kept, written);
        }
    }

    static OfferRow Row(OfferModel model, OfferCustomer customer, OfferActivity activity, int rank, OfferCandidate offer)
    {
        var item = model.History.Items[offer.Item];
        return new OfferRow(customer.Id, customer.Segment, rank, item.Name, offer.ExpectedRevenue, offer.Basis.ToString().ToLowerInvariant(),
            model.Ranking.Reason(customer, offer), customer.PreferredName, item.Category,
            activity.Modelled ? activity.ProbabilityAlive : null, offer.ExpectedPurchases,
            offer.Basis == OfferBasis.Cycle ? offer.DueInDays : null);
    }
}
