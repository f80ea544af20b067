using Insights.Reports.Pages.Segments;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.Campaigns;

/// <summary>The campaigns, latest start first, and (for marketing and admin) the saved segments a new one can start from.</summary>
public sealed class IndexModel(CampaignStore store, SegmentStore segments) : PageModel
{
    /// <summary>The campaigns.</summary>
    public IReadOnlyList<Campaign> Campaigns { get; private set; } = [];

    /// <summary>The saved segments (to start a campaign from).</summary>
    public IReadOnlyList<SavedSegment> Segments { get; private set; } = [];

    /// <summary>The reader may create campaigns (marketing, admin); product reads them.</summary>
    public bool CanEdit => SegmentAccess.CanEdit(User);

    /// <summary>Reads the lists (the request's token stops them before each read).</summary>
    public void OnGet(CancellationToken ct)
    {
        Campaigns = store.List(ct);
        Segments = segments.List(ct);
    }
}
