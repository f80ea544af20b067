using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Insights.Reports.Filters;

namespace Insights.Reports.Pages.Loyalty;

/// <summary>
/// Which customers a drill-down lists: the number clicked (all null = the whole population of the filter). Bound and validated
/// like the filter (query string or CLI options).
/// </summary>
public sealed record LoyaltySelection
{
    /// <summary>
    /// The longest name a selection may give: the names are segment, class and group labels of a few words, and every field is
    /// part of a cached list's key, which the cache refuses beyond 1,024 characters (a long name was computed anew every time).
    /// </summary>
    public const int MaxNameLength = 100;

    /// <summary>Customers in this RFM segment (as of the as-of date).</summary>
    [StringLength(MaxNameLength, ErrorMessage = "A segment name has at most 100 characters.")]
    public string? Segment { get; set; }

    /// <summary>Customers with this recency score.</summary>
    [Range(1, 5, ErrorMessage = "The recency score r must be between 1 and 5.")]
    public int? R { get; set; }

    /// <summary>Customers with this frequency score.</summary>
    [Range(1, 5, ErrorMessage = "The frequency score f must be between 1 and 5.")]
    public int? F { get; set; }

    /// <summary>Customers who were in this segment one period earlier ("(new)": no order then); pairs with <see cref="Segment"/>.</summary>
    [StringLength(MaxNameLength, ErrorMessage = "An earlier segment name has at most 100 characters.")]
    public string? FromSegment { get; set; }

    /// <summary>Customers whose first purchase fell in this month (yyyy-MM-01).</summary>
    [DateWindow]
    public DateOnly? Cohort { get; set; }

    /// <summary>With <see cref="Cohort"/>: customers who ordered this many months after their first purchase month.</summary>
    [Range(0, 1200, ErrorMessage = "Months since the first purchase must be between 0 and 1,200.")]
    public int? MonthsSince { get; set; }

    /// <summary>true: customers with two or more purchase days (a repeat purchase); false: one purchase day.</summary>
    public bool? Repeat { get; set; }

    /// <summary>Brand loyal, Mixed, Deal seeker or Single purchase.</summary>
    [StringLength(MaxNameLength, ErrorMessage = "A price class name has at most 100 characters.")]
    public string? PriceClass { get; set; }

    /// <summary>Resolved quickly, Resolved slowly, Unresolved, No complaint, Returned or No return.</summary>
    [StringLength(MaxNameLength, ErrorMessage = "A service group name has at most 100 characters.")]
    public string? ServiceGroup { get; set; }

    /// <summary>With <see cref="ServiceGroup"/>: only the retained (true) or lapsed (false) customers.</summary>
    public bool? Retained { get; set; }

    /// <summary>True when any field is set.</summary>
    public bool IsAny => Describe() != "";

    /// <summary>A short text of the selection (for titles and file names).</summary>
    public string Describe()
    {
        var inv = CultureInfo.InvariantCulture;
        var parts = new List<string>();
        if (FromSegment is not null) parts.Add("from " + FromSegment);
        if (Segment is not null) parts.Add(Segment);
        if (R is not null) parts.Add(string.Create(inv, $"R{R}"));
        if (F is not null) parts.Add(string.Create(inv, $"F{F}"));
        if (Cohort is not null) parts.Add("cohort " + Cohort.Value.ToString("yyyy-MM", inv));
        if (MonthsSince is not null) parts.Add(string.Create(inv, $"month {MonthsSince}"));
        if (Repeat is not null) parts.Add(Repeat.Value ? "repeat" : "one order");
        if (PriceClass is not null) parts.Add(PriceClass);
        if (ServiceGroup is not null) parts.Add(ServiceGroup);
        if (Retained is not null) parts.Add(Retained.Value ? "retained" : "lapsed");
        return string.Join(' ', parts);
    }

    /// <summary>Every field, as a cache key: equal keys select the same customers.</summary>
    public string Key => string.Join('|', Parameters(true).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name}={p.Value}")));

    /// <summary>The SQL parameters of customer_list.sql (<paramref name="withMonthsSince"/>: with $months_since).</summary>
    public (string Name, object? Value)[] Parameters(bool withMonthsSince) =>
    [
        ("segment", Segment), ("r_score", R), ("f_score", F), ("from_segment", FromSegment), ("cohort_month", Cohort),
        ("repeat", Repeat), ("price_class", PriceClass), ("service_group", ServiceGroup), ("retained", Retained),
        .. (withMonthsSince ? new (string, object?)[] { ("months_since", MonthsSince) } : []),
    ];
}
