using System.Globalization;
using Insights.Reports.Filters;
using Insights.Reports.Pages.Segments;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.Campaigns;

/// <summary>
/// Starts a campaign from a saved segment (/campaigns/new?segment=ID): name, offer, start, window and control share. Creating
/// is for marketing and admin (others see the page without the form, and a post from them gets 403).
/// </summary>
public sealed class NewModel(CampaignStore store, SegmentStore segments, TimeProvider clock) : PageModel
{
    /// <summary>The saved segment to start from.</summary>
    [BindProperty(SupportsGet = true)] public int? Segment { get; set; }

    /// <summary>The form.</summary>
    [BindProperty] public CampaignForm Form { get; set; } = new();

    /// <summary>The segment chosen (null: none or unknown).</summary>
    public SavedSegment? Saved { get; private set; }

    /// <summary>What is wrong with the request.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>The reader may create campaigns (marketing, admin).</summary>
    public bool CanEdit => SegmentAccess.CanEdit(User);

    /// <summary>The form's address.</summary>
    public string Self => "/campaigns/new?segment=" + Segment?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Shows the form for the segment (tomorrow as the default start).</summary>
    public IActionResult OnGet()
    {
        if (Refused() is { } refused) return refused;
        Form.StartsOn ??= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1);
        return Page();
    }

    /// <summary>Creates the campaign and opens its readout; problems are shown on the form with 400.</summary>
    public IActionResult OnPost(CancellationToken ct)
    {
        if (!CanEdit) return Forbid();
        if (Refused() is { } refused) return refused;
        try
        {
            var id = store.Create(Form.ToRequest(Segment), User.Identity?.Name ?? "unknown", ct);
            return Redirect("/campaigns/" + id.ToString(CultureInfo.InvariantCulture));
        }
        catch (CampaignRequestException e)
        {
            Problems = e.Problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    // a value that did not bind, or a segment that does not exist: the page with the messages and 400
    IActionResult? Refused()
    {
        var problems = FilterProblems.Of(ModelState).ToList();
        if (problems.Count == 0 && Segment is { } id && (Saved = segments.Get(id)) is null) problems.Add($"There is no saved segment {id}.");
        if (problems.Count == 0) return null;
        Problems = problems;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
