namespace Insights.Reports.Pages.CrossSell.Rules;

/// <summary>Thresholds and filters of the market-basket rules (GET parameters on the page, options in the CLI).</summary>
public sealed class RulesFilter : BasketFilter
{
    /// <summary>Minimum support, a share of baskets (compared as a whole count: count ≥ share × baskets).</summary>
    public decimal MinSupport { get; set; } = 0.01m;

    /// <summary>Minimum confidence (compared on whole counts).</summary>
    public decimal MinConfidence { get; set; } = 0.2m;

    /// <summary>Minimum lift (0 = none).</summary>
    public decimal MinLift { get; set; }

    /// <summary>Most items in a rule's itemset (arules' default maxlen is 10).</summary>
    public int MaxLength { get; set; } = 10;

    /// <summary>"one": one item in the consequent (arules); "all": every split of an itemset (mlxtend).</summary>
    public string Consequents { get; set; } = "one";

    /// <summary>Only rules naming this item (product or category name, either side, case-insensitive).</summary>
    public string? Item { get; set; }

    /// <summary>Only rules with an item of this category (either side).</summary>
    public string? Category { get; set; }

    /// <summary>Sort column: lift, confidence, support, leverage, conviction, count, antecedent, consequent.</summary>
    public string Sort { get; set; } = "lift";

    /// <summary>Sort ascending instead of descending.</summary>
    public bool Ascending { get; set; }

    /// <summary>Rules shown on the page (the CLI and the CSV download give every rule).</summary>
    public int Limit { get; set; } = 200;

    /// <summary>This filter as GET parameters, with another sort column (for the table's sort links and the CSV link).</summary>
    public Dictionary<string, string> RouteValues(string? sort = null, bool? ascending = null)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var values = new Dictionary<string, string>
        {
            ["Level"] = Level, ["MinSupport"] = MinSupport.ToString(inv), ["MinConfidence"] = MinConfidence.ToString(inv),
            ["MinLift"] = MinLift.ToString(inv), ["MaxLength"] = MaxLength.ToString(inv), ["Consequents"] = Consequents,
            ["Sort"] = sort ?? Sort, ["Ascending"] = (ascending ?? Ascending) ? "true" : "false",
        };
        if (!string.IsNullOrWhiteSpace(Item)) values["Item"] = Item;
        if (!string.IsNullOrWhiteSpace(Category)) values["Category"] = Category;
        if (!string.IsNullOrWhiteSpace(Segment)) values["Segment"] = Segment;
        if (From is { } from) values["From"] = from.ToString("yyyy-MM-dd", inv);
        if (To is { } to) values["To"] = to.ToString("yyyy-MM-dd", inv);
        return values;
    }

    /// <summary>The thresholds' problems, if any (empty when the filter is usable).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (MinSupport is <= 0 or > 1) problems.Add("Minimum support must be above 0 and at most 1.");
        if (MinConfidence is < 0 or > 1) problems.Add("Minimum confidence must be between 0 and 1.");
        if (MinLift < 0) problems.Add("Minimum lift must not be negative.");
        if (MaxLength is < 2 or > 20) problems.Add("Maximum itemset length must be between 2 and 20.");
        if (Consequents is not ("one" or "all")) problems.Add("Consequents must be 'one' or 'all'.");
        if (Level is not ("product" or "category")) problems.Add("Level must be 'product' or 'category'.");
        return problems;
    }
}
