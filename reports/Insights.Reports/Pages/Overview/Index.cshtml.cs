using Insights.Reports.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.Overview;

/// <summary>The home page: is the warehouse fresh, and what does it hold.</summary>
public sealed class IndexModel(OverviewQuery query) : PageModel
{
    /// <summary>The filter from the query string (months).</summary>
    [BindProperty(SupportsGet = true)] public OverviewFilter Filter { get; set; } = new();

    /// <summary>The page's data (null when the filter was refused).</summary>
    public OverviewResult? Result { get; private set; }

    /// <summary>Reads the numbers.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return this.RefusedFilter();
        Result = await query.RunAsync(Filter, ct);
        return Page();
    }
}
