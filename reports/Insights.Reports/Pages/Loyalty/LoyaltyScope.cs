using System.Globalization;
using System.Text;
using Insights.Reports.Pages.Segments.Scope;

namespace Insights.Reports.Pages.Loyalty;

/// <summary>A validated filter: every value is one the warehouse knows, defaults filled in. Equal scopes give equal numbers.</summary>
/// <param name="View">The view.</param>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Period">The migration view's period.</param>
/// <param name="Region">Only this region (null: all).</param>
/// <param name="Channel">Only this order channel (null: all).</param>
/// <param name="Category">Only this category (null: all).</param>
/// <param name="Segment">Only this saved segment's members (null: everyone); its evaluation time is part of the cache key.</param>
public sealed record LoyaltyScope(string View, DateOnly AsOf, string Period, string? Region, string? Channel, string? Category,
    SegmentScope? Segment = null)
{
    /// <summary>
    /// Days after a complaint or return in which an order counts as "retained", for the page's text: the rule itself is the
    /// macro loyalty_window_days() of migration 0014 (LoyaltyRulesTests keeps the text equal to it).
    /// </summary>
    public const int WindowDays = 90;

    /// <summary>A complaint resolved within this many hours is "resolved quickly", for the page's text (loyalty_quick_hours()).</summary>
    public const double QuickHours = 48;

    /// <summary>The migration view's earlier date: <see cref="AsOf"/> minus one <see cref="Period"/>.</summary>
    public DateOnly PreviousAsOf => AsOf.AddMonths(-LoyaltyFilter.Periods[Period]);

    /// <summary>The scope as a filter (the values the warehouse knows, the date filled in): what links carry.</summary>
    public LoyaltyFilter ToFilter() =>
        new() { View = View, AsOf = AsOf, Period = Period, Region = Region, Channel = Channel, Category = Category, SegmentId = Segment?.Id };

    /// <summary>The population's SQL parameters of the loyalty views (values only; never spliced into SQL text).</summary>
    public (string Name, object? Value)[] Parameters(bool withPrevious) =>
    [
        ("as_of", AsOf), ("prev_as_of", withPrevious ? PreviousAsOf : AsOf), ("region", Region), ("channel", Channel),
        ("category", Category), SegmentScope.Parameter(Segment),
    ];

    /// <summary>
    /// A download's file name from the validated filter and selection: letters, digits and dashes only, so a name never
    /// carries a path or a header-breaking character, e.g. loyalty_rfm_2025-01-01_all-regions_web_all-categories_Champions.csv.
    /// </summary>
    public string FileName(string? selection) =>
        string.Join('_', new[]
        {
            "loyalty", View, AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Slug(Region ?? "all-regions"),
            Slug(Channel ?? "all-channels"), Slug(Category ?? "all-categories"),
        }.Concat(Segment is null ? [] : [Segment.FileLabel]).Concat(string.IsNullOrEmpty(selection) ? [] : [Slug(selection)])) + ".csv";

    static string Slug(string value)
    {
        var slug = new StringBuilder();
        foreach (var c in value)
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        return slug.Length > 60 ? slug.ToString(0, 60) : slug.ToString();
    }
}
