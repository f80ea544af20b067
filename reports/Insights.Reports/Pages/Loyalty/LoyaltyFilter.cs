using Insights.Reports.Filters;
using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Pages.Loyalty;

/// <summary>
/// The loyalty report's filters as they arrive (query string or CLI options). The initialisers are the defaults of both and
/// the attributes the rules of each value; <see cref="LoyaltyQuery.Resolve"/> then checks region, channel and category against
/// the warehouse's own values and fills the default date.
/// </summary>
public sealed record LoyaltyFilter
{
    /// <summary>Periods the migration view compares, with their length in months.</summary>
    public static readonly IReadOnlyDictionary<string, int> Periods = new Dictionary<string, int>
    {
        ["month"] = 1, ["quarter"] = 3, ["year"] = 12,
    };

    /// <summary>The views of the report.</summary>
    public static readonly IReadOnlyList<string> Views = ["rfm", "migration", "cohorts", "price", "service"];

    /// <summary>Which view (rfm, migration, cohorts, price, service).</summary>
    [OneOf("rfm", "migration", "cohorts", "price", "service",
        ErrorMessage = "Unknown view '{0}': use one of rfm, migration, cohorts, price, service.")]
    public string View { get; set; } = "rfm";

    /// <summary>
    /// The latest as-of date the report accepts, in days after the last completed order: a year, as far as the migration view
    /// looks back. Later, every recency would be measured across years without orders (2100-01-01 gave 26,000-day recencies
    /// and a 12.9 MB page without a word).
    /// </summary>
    public const int MaxDaysAfterData = 366;

    /// <summary>Scores as of the start of this day (orders placed before it count); default: the day after the latest completed order.</summary>
    // the migration view looks a year back from it, so the first year of the calendar cannot be an as-of date (it gave a 500)
    [Range(typeof(DateOnly), "0002-01-01", "9999-12-31", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true,
        ErrorMessage = "As of must be a day from 0002-01-01 (a year before it must exist) to 9999-12-31.")]
    public DateOnly? AsOf { get; set; }

    /// <summary>month, quarter or year: how far back the migration view's earlier date lies.</summary>
    [OneOf("month", "quarter", "year", ErrorMessage = "Unknown period '{0}': use month, quarter or year.")]
    public string Period { get; set; } = "quarter";

    /// <summary>Only customers whose current region is this one (one the warehouse knows).</summary>
    [FilterText]
    public string? Region { get; set; }

    /// <summary>Only orders placed through this channel code (one the warehouse knows).</summary>
    [FilterText]
    public string? Channel { get; set; }

    /// <summary>Only order lines of this product category (one the warehouse knows).</summary>
    [FilterText]
    public string? Category { get; set; }

    /// <summary>Only the members of this saved segment (after the latest load), each scored as in the view without it.</summary>
    public int? SegmentId { get; set; }
}
