using System.ComponentModel.DataAnnotations;
using Insights.Reports.Filters;

namespace Insights.Reports.Pages.Customers;

/// <summary>Which part of a customer's timeline the profile shows (GET parameters kind and pageNumber).</summary>
public sealed record CustomerTimelineFilter
{
    /// <summary>Events a page of the timeline shows.</summary>
    public const int PageSize = 50;

    /// <summary>The last page reachable: 5,000 events, more than any one reader goes through (filter by kind to go further).</summary>
    public const int MaxPage = 100;

    /// <summary>The kind of event shown (order, return, contact, complaint, change); null: every kind.</summary>
    [OneOf("order", "return", "contact", "complaint", "change",
        ErrorMessage = "Kind '{0}' is not a kind of event; use order, return, contact, complaint or change (or none for all).")]
    public string? Kind { get; set; }

    /// <summary>
    /// The page of the timeline, 1 = the newest events (GET parameter pageNumber: "page" is Razor Pages' own route value, the
    /// page's path, and would bind here).
    /// </summary>
    [Range(1, MaxPage, ErrorMessage = "Page number must be from 1 to 100 (50 events a page, newest first); filter by kind to see older events.")]
    public int PageNumber { get; set; } = 1;

    /// <summary>
    /// The kind as an enum value (null: every kind, or a value the rule above refuses: validation reads this getter too, so it
    /// must not throw on what it is validating).
    /// </summary>
    public TimelineKind? KindValue =>
        Kind is not null && Kind.All(char.IsAsciiLetterLower) && Enum.TryParse<TimelineKind>(Kind, ignoreCase: true, out var kind) ? kind : null;

    /// <summary>How many events come before this page's first (newest first).</summary>
    public int EventsBefore => (PageNumber - 1) * PageSize;

    /// <summary>Whether events of <paramref name="kind"/> are shown.</summary>
    public bool Shows(TimelineKind kind) => KindValue is null || KindValue == kind;
}
