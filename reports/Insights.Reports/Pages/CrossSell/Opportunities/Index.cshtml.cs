using Insights.Reports.Export;
using Insights.Reports.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.CrossSell.Opportunities;

/// <summary>New-offering opportunities for product teams, each sized in customers and revenue.</summary>
public sealed class IndexModel(OpportunitiesQuery query) : PageModel
{
    /// <summary>The filter from the query string.</summary>
    [BindProperty(SupportsGet = true)] public OpportunitiesFilter Filter { get; set; } = new();

    /// <summary>The lists (null when the filter was refused).</summary>
    public OpportunitiesResult? Result { get; private set; }

    /// <summary>This page with the current filter and <paramref name="change"/> (e.g. new { handler = "Csv", kind = "pairs" }).</summary>
    public string Link(object? change = null) => ReportLink.To("/cross-sell/opportunities", Filter, change);

    /// <summary>Reads the lists.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return this.RefusedFilter();
        Result = await query.RunAsync(Filter, ct);
        return Page();
    }

    /// <summary>One list as CSV: kind is pairs (default), rising or complaints.</summary>
    public IActionResult OnGetCsv(string? kind, CancellationToken ct)
    {
        if (!ModelState.IsValid) return this.RefusedDownload();
        var result = query.Run(Filter, ct);
        return kind switch
        {
            "rising" => new CsvDownload("cross-sell-rising-pairs.csv", RisingPair.CsvHeader, result.Rising.Select(r => r.CsvCells())),
            "complaints" => new CsvDownload("cross-sell-complaint-signals.csv", ComplaintSignal.CsvHeader, result.Signals.Select(r => r.CsvCells())),
            _ => new CsvDownload("cross-sell-unbundled-pairs.csv", UnbundledPair.CsvHeader, result.Pairs.Select(r => r.CsvCells())),
        };
    }
}
