using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.Overview;

/// <summary>The home page: is the warehouse fresh, and what does it hold.</summary>
public sealed class IndexModel(OverviewQuery query) : PageModel
{
    /// <summary>The page's data.</summary>
    public OverviewResult Result { get; private set; } = null!;

    /// <summary>Reads the numbers.</summary>
    public void OnGet() => Result = query.Run();
}
