using System.Diagnostics;
using Insights.Reports.Analytics;
using Insights.Reports.Caching;
using Insights.Reports.Filters;
using Insights.Reports.Limits;

namespace Insights.Reports.Pages.CrossSell.Rules;

/// <summary>One rule as shown and exported: item names, whole counts and the five measures.</summary>
public sealed record RuleRow(IReadOnlyList<string> Antecedent, IReadOnlyList<string> Consequent, int Count, int AntecedentCount,
    int ConsequentCount, double Support, double Confidence, double Lift, double Leverage, double Conviction)
{
    /// <summary>CSV column names.</summary>
    public static IReadOnlyList<string> CsvHeader { get; } =
        ["antecedent", "consequent", "support", "confidence", "lift", "leverage", "conviction", "count", "antecedent_count", "consequent_count"];

    /// <summary>An item list as arules prints it: {a,b}.</summary>
    public static string Braces(IReadOnlyList<string> items) => "{" + string.Join(",", items) + "}";

    /// <summary>The CSV cells; an infinite conviction is written "inf".</summary>
    public IReadOnlyList<object?> CsvCells() =>
        [Braces(Antecedent), Braces(Consequent), Support, Confidence, Lift, Leverage, double.IsPositiveInfinity(Conviction) ? "inf" : Conviction,
         Count, AntecedentCount, ConsequentCount];
}

/// <summary>What the mining used and found: the model parameters every export carries.</summary>
public sealed record RuleModel(string Level, int Baskets, int DistinctBaskets, int Items, decimal MinSupport, int MinCount,
    decimal MinConfidence, decimal MinLift, int MaxLength, string Consequents, int FrequentItemsets, int RulesMined,
    double ReadMs, double MiningMs, double RulesMs);

/// <summary>The rules after filters and sorting, and the model.</summary>
public sealed record RulesResult(RuleModel Model, IReadOnlyList<RuleRow> Rules, IReadOnlyList<string> Problems)
{
    /// <summary>True when there were baskets to mine.</summary>
    public bool HasBaskets => Model.Baskets > 0;

    /// <summary>The rule with the highest lift (null without rules).</summary>
    public RuleRow? Strongest => Rules.MaxBy(r => r.Lift);

    /// <summary>Milliseconds spent mining itemsets and generating rules.</summary>
    public double MinedMs => Model.MiningMs + Model.RulesMs;

    /// <summary>The first <paramref name="limit"/> rules: the page's table and chart.</summary>
    public IReadOnlyList<RuleRow> Shown(int limit) => [.. Rules.Take(limit)];

    /// <summary>What the mining did with a support below 2 baskets (<see cref="RulesQuery.SupportFloorNote"/>); null otherwise.</summary>
    public string? SupportFloor { get; init; }

    /// <summary>What the query did on its own (the entry view opened at category level), said above the numbers.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The filter the rules were mined with when the entry view opened at category level (its links keep it); null otherwise.</summary>
    public RulesFilter? OpenedAt { get; init; }
}

/// <summary>Market-basket rules from the warehouse's completed orders: FP-growth, then rules, then the item filters and the sort.</summary>
public sealed class RulesQuery(BasketQuery baskets, AnalyticsCache cache)
{
    /// <summary>
    /// The most itemsets one request may mine (Groceries at support 0.001 has 13,492): beyond it the page says to raise the support
    /// instead of mining for minutes.
    /// </summary>
    public const int MaxItemsets = 1_000_000;

    /// <summary>
    /// The most rules one request may generate: "all" consequents split each itemset every way (up to 2^10 rules per itemset),
    /// so a support just above the itemset budget could still build rules by the hundred million.
    /// </summary>
    public const int MaxRules = 2_000_000;

    /// <summary>
    /// <see cref="Run"/> for the page. DuckDB.NET reads synchronously and the mining is CPU work, so this runs on the caller's
    /// thread, behind the rules gate (<see cref="ComputeGate"/>); the token stops the read, the mining and the rules.
    /// </summary>
    public Task<RulesResult> RunAsync(RulesFilter filter, CancellationToken ct, bool entry = false) => Task.FromResult(Run(filter, ct, entry));

    /// <summary>
    /// Mines and returns every rule that passes <paramref name="filter"/> (the caller applies any display limit); a filter that
    /// breaks its rules gives their messages in <see cref="RulesResult.Problems"/> and mines nothing.
    /// </summary>
    /// <remarks>
    /// The entry view (<paramref name="entry"/>: the reader chose no filter, a page without a query string or the CLI without
    /// a filter option) opens on something to see: when the defaults (product level, support 0.01) give no rule, as on a shop of
    /// many products where no pair is in 1% of the baskets, it mines at category level and says so in
    /// <see cref="RulesResult.Notes"/>.
    /// </remarks>
    public RulesResult Run(RulesFilter filter, CancellationToken ct = default, bool entry = false)
    {
        var result = Mined(filter, ct);
        if (!entry || filter.IsCategoryLevel || result is not { Rules.Count: 0, HasBaskets: true, Problems.Count: 0 }) return result;
        var categories = filter with { Level = "category" };
        var wider = Mined(categories, ct);
        if (wider.Problems.Count > 0 || wider.Rules.Count == 0) return result;
        return wider with
        {
            OpenedAt = categories,
            Notes = [string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"No pair of products is in {filter.MinSupport:0.##%} of the baskets with confidence {filter.MinConfidence:0.##%} or more, so the rules are at category level. For product rules, lower the minimum support (e.g. {filter.MinSupport / 10:0.####}).")],
        };
    }

    RulesResult Mined(RulesFilter filter, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var problems = FilterProblems.Of(filter);
        if (problems.Count > 0) return new RulesResult(Model(filter, null, null, 0, TimeSpan.Zero, TimeSpan.Zero), [], problems);
        return cache.Get(ComputeKind.Rules, filter, token => Mine(filter, token), r => r.Rules.Count <= GatedResultCache.MaxKeptRows, ct);
    }

    RulesResult Mine(RulesFilter filter, CancellationToken ct)
    {
        // the threshold from the number of baskets: the read groups a wide level's baskets over the items that can reach it
        int MinCountOf(int n) => Math.Max(MinBaskets, SupportThreshold.MinCount(filter.MinSupport, n));
        var loaded = baskets.Load(filter, ct, minCountOf: MinCountOf);
        var floor = SupportFloorNote(filter.MinSupport, loaded.Baskets.Count);
        if (loaded.Baskets.Count < MinBaskets)
            return new RulesResult(Model(filter, loaded, null, 0, TimeSpan.Zero, TimeSpan.Zero), [], []) { SupportFloor = floor };
        var minCount = MinCountOf(loaded.Baskets.Count);
        var clock = Stopwatch.StartNew();
        FrequentItemsets itemsets;
        List<AssociationRule> rules;
        TimeSpan mining;
        try
        {
            itemsets = FpGrowth.Mine(loaded.Baskets, minCount, filter.MaxLength, MaxItemsets, ct);
            mining = clock.Elapsed;
            rules = AssociationRules.Generate(itemsets, filter.MinConfidence, filter.MinLift,
                filter.Consequents == "all" ? RuleShape.AllSplits : RuleShape.SingleConsequent, MaxRules, ct);
        }
        catch (Exception e) when (e is ItemsetBudgetExceededException or RuleBudgetExceededException)
        {
            return new RulesResult(Model(filter, loaded, null, 0, clock.Elapsed, TimeSpan.Zero), [], [e.Message]);
        }
        var ruling = clock.Elapsed - mining;
        var rows = rules.Select(r => ToRow(r, loaded)).Where(r => Matches(r, filter, loaded)).ToList();
        return new RulesResult(Model(filter, loaded, itemsets, rules.Count, mining, ruling), Sort(rows, filter), []) { SupportFloor = floor };
    }

    /// <summary>The fewest baskets a rule must hold in: a rule seen in one basket is an anecdote.</summary>
    public const int MinBaskets = 2;

    /// <summary>
    /// The floor of the support, as a note: at a count of 1 every subset of every basket is "frequent" (a product-level support
    /// of 0.00001 grew the process past 20 GB), so a support of at most 1 of <paramref name="baskets"/> is mined at 2 baskets
    /// instead, and the page says so (a small warehouse's default view still shows its rules). Null when the support already
    /// means 2 baskets or more, or when there is nothing to mine.
    /// </summary>
    public static string? SupportFloorNote(decimal minSupport, int baskets)
    {
        if (baskets == 0 || minSupport * baskets > 1) return null;
        if (baskets == 1) return "Only 1 basket matches these filters, and a rule must hold in at least 2: widen the filters.";
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"A support of {minSupport} is at most 1 of these {baskets:N0} baskets, and a rule must hold in at least 2: the rules below are mined at 2 baskets (a support of {MinBaskets / (double)baskets:0.#####}).");
    }

    static RuleModel Model(RulesFilter f, LoadedBaskets? loaded, FrequentItemsets? itemsets, int mined, TimeSpan mining, TimeSpan ruling) =>
        new(f.IsCategoryLevel ? "category" : "product", loaded?.Baskets.Count ?? 0, loaded?.Baskets.ItemSets.Count ?? 0,
            loaded?.Items.Count(i => i.Orders > 0) ?? 0, f.MinSupport, itemsets?.MinCount ?? 0, f.MinConfidence, f.MinLift, f.MaxLength, f.Consequents,
            itemsets?.Itemsets.Count ?? 0, mined, loaded?.ReadTime.TotalMilliseconds ?? 0, mining.TotalMilliseconds, ruling.TotalMilliseconds);

    static RuleRow ToRow(AssociationRule r, LoadedBaskets loaded) =>
        new(r.Antecedent.Select(i => loaded.Items[i].Name).Order(StringComparer.Ordinal).ToArray(),
            r.Consequent.Select(i => loaded.Items[i].Name).Order(StringComparer.Ordinal).ToArray(),
            r.Count, r.AntecedentCount, r.ConsequentCount, r.Support, r.Confidence, r.Lift, r.Leverage, r.Conviction);

    static bool Matches(RuleRow row, RulesFilter filter, LoadedBaskets loaded)
    {
        var names = row.Antecedent.Concat(row.Consequent);
        if (!string.IsNullOrWhiteSpace(filter.Item) && !names.Contains(filter.Item.Trim(), StringComparer.OrdinalIgnoreCase)) return false;
        if (string.IsNullOrWhiteSpace(filter.Category)) return true;
        var categories = loaded.Items.Where(i => names.Contains(i.Name, StringComparer.Ordinal)).Select(i => i.Category);
        return categories.Contains(filter.Category.Trim(), StringComparer.OrdinalIgnoreCase);
    }

    // the sort column is chosen by the user: only these names are accepted, anything else sorts by lift
    static List<RuleRow> Sort(List<RuleRow> rows, RulesFilter filter)
    {
        Func<RuleRow, IComparable> key = filter.Sort switch
        {
            "confidence" => r => r.Confidence,
            "support" => r => r.Support,
            "leverage" => r => r.Leverage,
            "conviction" => r => r.Conviction,
            "count" => r => r.Count,
            "antecedent" => r => RuleRow.Braces(r.Antecedent),
            "consequent" => r => RuleRow.Braces(r.Consequent),
            _ => r => r.Lift,
        };
        var sorted = filter.Ascending ? rows.OrderBy(key) : rows.OrderByDescending(key);
        // ties in a stable, readable order, so the same data always lists the same way
        return sorted.ThenByDescending(r => r.Confidence).ThenByDescending(r => r.Count)
            .ThenBy(r => RuleRow.Braces(r.Antecedent), StringComparer.Ordinal).ThenBy(r => RuleRow.Braces(r.Consequent), StringComparer.Ordinal)
            .ToList();
    }
}
