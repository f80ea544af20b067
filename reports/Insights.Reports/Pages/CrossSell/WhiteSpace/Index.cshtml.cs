using Insights.Reports.Export;
using Insights.Reports.Filters;
using Insights.Reports.Pages.Segments.Scope;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.CrossSell.WhiteSpace;

/// <summary>White space: where a segment under-buys a category compared with the other segments, in customers and money.</summary>
public sealed class IndexModel(WhiteSpaceQuery query, SegmentsQuery segments, SegmentScopes savedSegments) : PageModel
{
    /// <summary>The saved segments the filter form offers, and the one chosen (applied by SegmentScopePageFilter).</summary>
    public SegmentChoice SegmentChoice => new(savedSegments.Options(), Filter.SegmentId);

    /// <summary>The period and saved segment from the query string.</summary>
    [BindProperty(SupportsGet = true)] public WhiteSpaceFilter Filter { get; set; } = new();

    /// <summary>The matrix (null when the filter was refused).</summary>
    public WhiteSpaceResult? Result { get; private set; }

    /// <summary>The segments (none until the loyalty report fills them).</summary>
    public IReadOnlyList<SegmentSize> Segments { get; private set; } = [];

    /// <summary>This page with the current filter and <paramref name="change"/> (e.g. new { handler = "Csv" }).</summary>
    public string Link(object? change = null) => ReportLink.To("/cross-sell/white-space", Filter, change);

    /// <summary>Reads the matrix.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Segments = segments.Run();
        if (!ModelState.IsValid) return this.RefusedFilter();
        Result = await query.RunAsync(Filter, ct);
        return Page();
    }

    /// <summary>Every cell as CSV.</summary>
    public IActionResult OnGetCsv(CancellationToken ct) => !ModelState.IsValid ? this.RefusedDownload()
        : new CsvDownload(CsvFileName.WithFilters("cross-sell-white-space", Request), WhiteSpaceCell.CsvHeader, query.Run(Filter, ct).Cells.Select(c => c.CsvCells()));
}
