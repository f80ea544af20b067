using Insights.Reports.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.Segments;

/// <summary>The saved segments with their latest size and value; marketing and admin may create new ones.</summary>
public sealed class IndexModel(SegmentStore store) : PageModel
{
    /// <summary>The saved segments, by name.</summary>
    public IReadOnlyList<SavedSegment> Segments { get; private set; } = [];

    /// <summary>The reader may create and save segments (marketing, admin); product reads them.</summary>
    public bool CanEdit => SegmentAccess.CanEdit(User);

    /// <summary>Reads the list (the request's token stops it before the read).</summary>
    public void OnGet(CancellationToken ct) => Segments = store.List(ct);
}
