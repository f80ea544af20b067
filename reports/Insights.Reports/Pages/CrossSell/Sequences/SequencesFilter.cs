using Insights.Reports.Filters;
using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Pages.CrossSell.Sequences;

/// <summary>Filter of the sequential cross-sell view (GET parameters on the page, options in the CLI; the initialisers are the defaults).</summary>
public sealed record SequencesFilter : BasketFilter
{
    /// <summary>Creates the filter at category level (the campaign level).</summary>
    public SequencesFilter() => Level = "category";

    /// <summary>The follow-up window N in days.</summary>
    [Range(1, 3650, ErrorMessage = "The follow-up window must be between 1 and 3,650 days.")]
    public int Days { get; set; } = 30;

    /// <summary>Pairs need at least this many followable buyers of A.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "Minimum customers must be at least 1.")]
    public int MinCustomers { get; set; } = 20;

    /// <summary>Only pairs whose first item is this one (case-insensitive).</summary>
    [FilterText]
    public string? Item { get; set; }

    /// <summary>Rows on the page (the CLI and the CSV give all).</summary>
    [Range(1, 5000, ErrorMessage = "Rows shown must be between 1 and 5,000.")]
    public int Limit { get; set; } = 100;
}
