using Insights.Reports.Export;
using Insights.Reports.Filters;
using Insights.Reports.Pages.Segments.Scope;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.CrossSell.Opportunities;

/// <summary>New-offering opportunities for product teams, each sized in customers and revenue.</summary>
public sealed class IndexModel(OpportunitiesQuery query, SegmentScopes savedSegments) : PageModel
{
    /// <summary>The saved segments the filter form offers, and the one chosen (applied by SegmentScopePageFilter).</summary>
    public SegmentChoice SegmentChoice => new(savedSegments.Options(), Filter.SegmentId);

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
            "rising" => new CsvDownload(CsvFileName.WithFilters("cross-sell-rising-pairs", Request), RisingPair.CsvHeader, result.Rising.Select(r => r.CsvCells())),
            "complaints" => new CsvDownload(CsvFileName.WithFilters("cross-sell-complaint-signals", Request), ComplaintSignal.CsvHeader, result.Signals.Select(r => r.CsvCells())),
            _ => new CsvDownload(CsvFileName.WithFilters("cross-sell-unbundled-pairs", Request), UnbundledPair.CsvHeader, result.Pairs.Select(r => r.CsvCells())),
        };
    }
}
