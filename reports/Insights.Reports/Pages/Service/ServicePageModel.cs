using Insights.Reports.Access;
using Insights.Reports.Filters;
using Insights.Reports.Pages.Segments.Scope;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

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

    /// <summary>
    /// Before every handler (the page and each download): the saved segment is resolved into the filter, or refused as a
    /// filter problem, so no handler can read numbers with a segment asked for and not applied.
    /// </summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context) =>
        segments.TryApply(Filter, ModelState, HttpContext.RequestAborted);

    /// <summary>How much of a customer the reader sees.</summary>
    public PersonalDataView View => PersonalDataPolicy.ViewOf(User);

    /// <summary>This page with the current filter and <paramref name="change"/> (e.g. new { handler = "Csv", table = "…" }).</summary>
    public string Link(object? change = null) => ReportLink.To(path, Filter, change);

    /// <summary>Reads the view, or shows the filter's problems.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Choices = choices.Run();
        if (!ModelState.IsValid) return this.RefusedFilter();
        await ReadAsync(ct);
        return Page();
    }

    /// <summary>A download's file name: <paramref name="stem"/>, the saved segment applied (if any) and ".csv".</summary>
    protected string FileName(string stem) => stem + SegmentScope.FileSuffix(Filter.AppliedSegment) + ".csv";

    /// <summary>Reads the view's numbers for <see cref="Filter"/> (valid) into the page's result properties.</summary>
    protected abstract Task ReadAsync(CancellationToken ct);
}
