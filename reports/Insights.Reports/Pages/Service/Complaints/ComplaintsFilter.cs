using System.ComponentModel.DataAnnotations;
using Insights.Reports.Filters;

namespace Insights.Reports.Pages.Service.Complaints;

/// <summary>
/// Filter of the complaints view (GET parameters on the page, options of `report service complaints|sla|backlog`; the
/// initialisers are the defaults): the shared period, region and segment, a complaint category and severity, the breakdown.
/// </summary>
public sealed record ComplaintsFilter : ServiceFilter
{
    /// <summary>The breakdowns, as `--by` and the page's "by" take them.</summary>
    public static IReadOnlyList<string> Breakdowns { get; } =
        ["complaint-category", "product-category", "order-channel", "region", "month", "severity"];

    /// <summary>What the counts and rates are grouped by.</summary>
    [OneOf("complaint-category", "product-category", "order-channel", "region", "month", "severity",
        ErrorMessage = "By '{0}': use complaint-category, product-category, order-channel, region, month or severity.")]
    public string By { get; set; } = "complaint-category";

    /// <summary>Only complaints of this category (exact); empty: every category.</summary>
    [StringLength(200, ErrorMessage = "The category is at most 200 characters.")]
    public string? Category { get; set; }

    /// <summary>Only complaints of this severity (case-insensitive); empty: every severity.</summary>
    [StringLength(50, ErrorMessage = "The severity is at most 50 characters.")]
    public string? Severity { get; set; }

    /// <summary>Rows of the backlog and repeat-complainer lists on the page (the CSV and the CLI give all).</summary>
    [Range(1, MaxShown, ErrorMessage = "Rows shown must be between 1 and 500.")]
    public int Limit { get; set; } = DefaultShown;

    /// <summary>
    /// Rows a list shows by default: 500 rows of complaint texts made the page the slowest of the service views even when
    /// cached (bench pages at SF10: p50 357 ms under 20 clients, against 6–126 ms for the others).
    /// </summary>
    public const int DefaultShown = 100;

    /// <summary>The most rows a list shows on the page.</summary>
    public const int MaxShown = 500;

    /// <summary>The filter's own values as $parameters, after the shared ones.</summary>
    public IEnumerable<(string Name, object? Value)> Parameters() =>
        [.. SharedParameters(), ("category", Blank(Category)), ("severity", Blank(Severity))];

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
