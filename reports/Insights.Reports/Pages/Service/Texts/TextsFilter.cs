using Insights.Reports.Filters;
using System.ComponentModel.DataAnnotations;

namespace Insights.Reports.Pages.Service.Texts;

/// <summary>
/// The complaint texts view's filter: the shared service filter (period of opening, region, segment), the search, a complaint
/// category, and the characteristic terms' floor and length.
/// </summary>
public sealed record TextsFilter : ServiceFilter
{
    /// <summary>The most results a search lists (the total count is always given).</summary>
    public const int MaxResults = 200;

    /// <summary>Words and "quoted phrases", all required; case and accents ignored (see <see cref="TextSearchTerms"/>, whose
    /// length and word caps <see cref="Validate"/> applies with a message naming the length given).</summary>
    public string? Q { get; set; }

    /// <summary>Only complaints of this category (search and terms); empty: every category.</summary>
    [FilterText]
    public string? Category { get; set; }

    /// <summary>A term must be in at least this many complaints of a category to be listed for it.</summary>
    [Range(1, 100_000, ErrorMessage = "The minimum count must be between 1 and 100,000.")]
    public int MinCount { get; set; } = 5;

    /// <summary>Terms (and, apart, phrases) listed per category.</summary>
    [Range(1, 100, ErrorMessage = "Terms per category must be between 1 and 100.")]
    public int Top { get; set; } = 10;

    /// <summary>The search's own rules (length, word count), on top of the period's.</summary>
    public override IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var result in base.Validate(validationContext)) yield return result;
        TextSearchTerms.Parse(Q, out var problem);
        if (problem is not null) yield return new ValidationResult(problem, [nameof(Q)]);
    }

    /// <summary>The category as a $parameter (null for "any").</summary>
    public string? CategoryOrNull => string.IsNullOrWhiteSpace(Category) ? null : Category.Trim();
}
