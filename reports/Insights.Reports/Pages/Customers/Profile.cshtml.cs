using Insights.Reports.Access;
using Insights.Reports.Filters;
using Insights.Reports.Pages.Customers.Scores;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.Customers;

/// <summary>A customer's profile: who they are, how to greet them, their scores, open complaints and whole timeline.</summary>
public sealed class ProfileModel(CustomerProfileQuery query, CustomerScoresRefresh scores) : PageModel
{
    /// <summary>kind, pageNumber: the part of the timeline shown.</summary>
    [BindProperty(SupportsGet = true)] public CustomerTimelineFilter Filter { get; set; } = new();

    /// <summary>The customer id from the route.</summary>
    public int CustomerId { get; private set; }

    /// <summary>The profile (null: refused filter or unknown customer).</summary>
    public CustomerProfileResult? Result { get; private set; }

    /// <summary>What the signed-in reader sees of a customer.</summary>
    public PersonalDataView View => PersonalDataPolicy.ViewOf(User);

    /// <summary>Reads the profile; an unknown id gives this page with status 404 and says so.</summary>
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        CustomerId = id;
        if (!ModelState.IsValid) return this.RefusedFilter();
        Result = await query.RunAsync(id, Filter, View, ct);
        if (Result is null) Response.StatusCode = StatusCodes.Status404NotFound;
        // no fit yet (a warehouse loaded before the scores existed): computed in the background, never in this view
        else if (Result.Model.IsPending) _ = scores.Request();   // not awaited: the page never waits for the fit
        return Page();
    }

    /// <summary>The URL of this profile with <paramref name="kind"/> and <paramref name="page"/>.</summary>
    public string Link(string? kind, int page = 1) =>
        ReportLink.To(CustomerLinks.Profile(CustomerId), new { kind, pageNumber = page > 1 ? page : (int?)null });
}
