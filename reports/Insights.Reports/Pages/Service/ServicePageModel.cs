using Insights.Reports.Access;
using Insights.Reports.Filters;
using Insights.Reports.Pages.Segments.Scope;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Reports.Pages.Service;

/// <summary>
/// What every service view's page does alike: binds its filter from the query string, offers the filter's choices, links to
/// itself with the filter, refuses an invalid filter, and reads its numbers (<see cref="ReadAsync"/>); each view adds its
/// result properties and CSV tables.
/// </summary>
public abstract class ServicePageModel<TFilter>(ServiceChoicesQuery choices, SegmentScopes segments, string path) : PageModel
    where TFilter : ServiceFilter, new()
{
    /// <summary>The filter from the query string.</summary>
    [BindProperty(SupportsGet = true)] public TFilter Filter { get; set; } = new();

    /// <summary>The values the filter's lists offer.</summary>
    public ServiceChoices Choices { get; private set; } = new([], [], [], [], []);

    /// <summary>The saved segments the filter's list offers, and the one chosen.</summary>
    public SegmentChoice SegmentChoice => new(segments.Options(), Filter.SegmentId);

    /// <summary>How much of a customer the reader sees.</summary>
    public PersonalDataView View => PersonalDataPolicy.ViewOf(User);

    /// <summary>
    /// The first day of the month "today" falls in (the site's TimeProvider, UTC, as the overview): that month is still running,
    /// so its figures are so far, not a whole month's; the month charts and tables mark it.
    /// </summary>
    public DateOnly RunningMonth
    {
        get
        {
            var today = Today;
            return new DateOnly(today.Year, today.Month, 1);
        }
    }

    /// <summary>"Today" by the site's clock (UTC).</summary>
    public DateOnly Today => DateOnly.FromDateTime(HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

    /// <summary>This page with the current filter and <paramref name="change"/> (e.g. new { handler = "Csv", table = "…" }).</summary>
    public string Link(object? change = null) => ReportLink.To(path, Filter, change);

    /// <summary>Reads the view, or shows the filter's problems.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Choices = choices.Run();
        Known("Region", Filter.Region, Choices.Regions);
        Known("Segment", Filter.Segment, Choices.Segments);
        if (!ModelState.IsValid) return this.RefusedFilter();
        await ReadAsync(ct);
        return Page();
    }

    // a region or segment the warehouse does not know matched nothing and gave an empty page without a word: it is refused
    // with the values there are, as the loyalty page does
    void Known(string name, string? value, IReadOnlyList<string> known)
    {
        if (string.IsNullOrWhiteSpace(value) || known.Contains(value.Trim(), StringComparer.Ordinal)) return;
        ModelState.AddModelError(name, known.Count == 0
            ? $"Unknown {name.ToLowerInvariant()} \"{value}\": the warehouse has none yet."
            : $"Unknown {name.ToLowerInvariant()} \"{value}\": use one of {string.Join(", ", known)}.");
    }

    /// <summary>A download's file name: <paramref name="stem"/>, the saved segment applied (if any) and ".csv".</summary>
    protected string FileName(string stem) => stem + SegmentScope.FileSuffix(Filter.AppliedSegment) + ".csv";

    /// <summary>Reads the view's numbers for <see cref="Filter"/> (valid) into the page's result properties.</summary>
    protected abstract Task ReadAsync(CancellationToken ct);
}
