namespace Insights.Reports.Pages.Loyalty;

/// <summary>
/// The loyalty report's filters as they arrive (query string or CLI options); <see cref="LoyaltyQuery.Resolve"/> checks them
/// against the warehouse's own values and fills the defaults.
/// </summary>
public sealed class LoyaltyFilter
{
    /// <summary>Periods the migration view compares, with their length in months.</summary>
    public static readonly IReadOnlyDictionary<string, int> Periods = new Dictionary<string, int>
    {
        ["month"] = 1, ["quarter"] = 3, ["year"] = 12,
    };

    /// <summary>The views of the report.</summary>
    public static readonly IReadOnlyList<string> Views = ["rfm", "migration", "cohorts", "price", "service"];

    /// <summary>Which view (rfm, migration, cohorts, price, service); default rfm.</summary>
    public string? View { get; set; }

    /// <summary>Scores as of the start of this day (orders placed before it count); default: the day after the latest completed order.</summary>
    public DateOnly? AsOf { get; set; }

    /// <summary>month, quarter or year: how far back the migration view's earlier date lies; default quarter.</summary>
    public string? Period { get; set; }

    /// <summary>Only customers whose current region is this one.</summary>
    public string? Region { get; set; }

    /// <summary>Only orders placed through this channel code.</summary>
    public string? Channel { get; set; }

    /// <summary>Only order lines of this product category.</summary>
    public string? Category { get; set; }
}
