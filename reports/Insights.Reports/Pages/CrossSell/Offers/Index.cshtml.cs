using Insights.Reports.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>Next-best offer per customer, with a reason, and the campaign target list as CSV (per segment).</summary>
public sealed class IndexModel(OffersQuery query, SegmentsQuery segments) : PageModel
{
    /// <summary>The filter from the query string.</summary>
    [BindProperty(SupportsGet = true)] public OffersFilter Filter { get; set; } = new();

    /// <summary>The offers.</summary>
    public OffersResult Result { get; private set; } = null!;

    /// <summary>The segments the filter offers.</summary>
    public IReadOnlyList<SegmentSize> Segments { get; private set; } = [];

    /// <summary>Scores the customers.</summary>
    public void OnGet()
    {
        Segments = segments.Run();
        Result = query.Run(Filter, rowLimit: Math.Clamp(Filter.Limit, 1, 5000));
    }

    /// <summary>The campaign target list (every offer of the filter) as CSV.</summary>
    public IActionResult OnGetCsv() =>
        new CsvDownload("cross-sell-offers" + (string.IsNullOrWhiteSpace(Filter.Segment) ? "" : "-" + SafeName(Filter.Segment)) + ".csv",
            OfferRow.CsvHeader, query.Stream(Filter).Select(o => o.CsvCells()));

    static string SafeName(string segment) => new(segment.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
}
