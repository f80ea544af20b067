using Insights.Reports.Export;
using Insights.Reports.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>Next-best offer per customer, with a reason, and the campaign target list as CSV (per segment).</summary>
public sealed class IndexModel(OffersQuery query, SegmentsQuery segments) : PageModel
{
    /// <summary>The filter from the query string.</summary>
    [BindProperty(SupportsGet = true)] public OffersFilter Filter { get; set; } = new();

    /// <summary>The offers (null when the filter was refused).</summary>
    public OffersResult? Result { get; private set; }

    /// <summary>The segments the filter offers.</summary>
    public IReadOnlyList<SegmentSize> Segments { get; private set; } = [];

    /// <summary>This page with the current filter and <paramref name="change"/> (e.g. new { handler = "Csv" }).</summary>
    public string Link(object? change = null) => ReportLink.To("/cross-sell/offers", Filter, change);

    /// <summary>Scores the customers.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Segments = segments.Run();
        if (!ModelState.IsValid) return this.RefusedFilter();
        Result = await query.RunAsync(Filter, ct);
        return Page();
    }

    /// <summary>The campaign target list (every offer of the filter) as CSV, computed as it is written.</summary>
    public IActionResult OnGetCsv(CancellationToken ct) => !ModelState.IsValid ? this.RefusedDownload()
        : new CsvDownload(Filter.ExportFileName, OfferRow.CsvHeader, query.Stream(Filter, ct).Select(o => o.CsvCells()));
}
