using Insights.Reports.Access;
using Insights.Reports.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.Customers;

/// <summary>
/// The customer search: a plain GET form (works without script) and, for the search-as-you-type script
/// (wwwroot/js/customer-search.js), the same search as JSON (<c>?handler=Suggest&amp;q=...</c>).
/// </summary>
public sealed class IndexModel(CustomerSearchQuery query) : PageModel
{
    /// <summary>q: the text typed.</summary>
    [BindProperty(SupportsGet = true)] public CustomerSearchFilter Filter { get; set; } = new();

    /// <summary>What the search found (empty before a search or when the text was refused).</summary>
    public CustomerSearchResult Result { get; private set; } = CustomerSearchResult.Empty;

    /// <summary>What the signed-in reader sees of a customer.</summary>
    public PersonalDataView View => PersonalDataPolicy.ViewOf(User);

    /// <summary>Searches; a refused text gives 400 with the reason.</summary>
    public Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Task.FromResult(this.RefusedFilter());
        Result = query.Run(Filter, View, ct);   // DuckDB.NET reads synchronously; the token stops the search between reads
        return Task.FromResult<IActionResult>(Page());
    }

    /// <summary>
    /// The same search as JSON for the script; a refused text gives 400 with the reasons as plain text, as every handler that
    /// is not a page refuses (the script shows that text).
    /// </summary>
    public IActionResult OnGetSuggest(CancellationToken ct)
    {
        if (!ModelState.IsValid) return this.RefusedDownload();
        var result = query.Run(Filter, View, ct);
        return new JsonResult(new
        {
            text = result.Text,
            hasMore = result.HasMore,
            limit = CustomerSearchQuery.Limit,
            customers = result.Matches.Select(m => new
            {
                id = m.CustomerId,
                preferredName = m.PreferredName,
                fullName = m.FullName,
                email = m.Email,
                region = m.Region,
                isInferred = m.IsInferred,
                segment = m.Segment,
                lastOrderedOn = m.LastOrderedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                url = m.Url,
            }),
        });
    }
}
