using Insights.Reports.Filters;
using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Pages.CrossSell.Rules;

/// <summary>
/// Thresholds and filters of the market-basket rules (GET parameters on the page, options in the CLI): the initialisers are the
/// defaults of both, the attributes the rules of each value.
/// </summary>
public sealed record RulesFilter : BasketFilter
{
    /// <summary>Minimum support, a share of baskets (compared as a whole count: count ≥ share × baskets).</summary>
    [Range(typeof(decimal), "0", "1", MinimumIsExclusive = true, ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "Minimum support must be above 0 and at most 1.")]
    public decimal MinSupport { get; set; } = 0.01m;

    /// <summary>Minimum confidence (compared on whole counts).</summary>
    [Range(typeof(decimal), "0", "1", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "Minimum confidence must be between 0 and 1.")]
    public decimal MinConfidence { get; set; } = 0.2m;

    /// <summary>Minimum lift (0 = none).</summary>
    [Range(typeof(decimal), "0", "1000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "Minimum lift must not be negative.")]
    public decimal MinLift { get; set; }

    /// <summary>Most items in a rule's itemset (arules' default maxlen is 10).</summary>
    [Range(2, 20, ErrorMessage = "Maximum itemset length must be between 2 and 20.")]
    public int MaxLength { get; set; } = 10;

    /// <summary>"one": one item in the consequent (arules); "all": every split of an itemset (mlxtend).</summary>
    [OneOf("one", "all", ErrorMessage = "Consequents must be 'one' or 'all' (not '{0}').")]
    public string Consequents { get; set; } = "one";

    /// <summary>Only rules naming this item (product or category name, either side, case-insensitive).</summary>
    [FilterText]
    public string? Item { get; set; }

    /// <summary>Only rules with an item of this category (either side).</summary>
    [FilterText]
    public string? Category { get; set; }

    /// <summary>Sort column: lift, confidence, support, leverage, conviction, count, antecedent, consequent.</summary>
    [OneOf("lift", "confidence", "support", "leverage", "conviction", "count", "antecedent", "consequent",
        ErrorMessage = "Sort must be one of lift, confidence, support, leverage, conviction, count, antecedent, consequent (not '{0}').")]
    public string Sort { get; set; } = "lift";

    /// <summary>Sort ascending instead of descending.</summary>
    public bool Ascending { get; set; }

    /// <summary>Rules shown on the page (the CLI and the CSV download give every rule).</summary>
    [Range(1, 5000, ErrorMessage = "Rules shown must be between 1 and 5,000.")]
    public int Limit { get; set; } = 200;
}
