using Insights.Reports.Export;
using Insights.Reports.Filters;
using Insights.Reports.Pages.Segments.Scope;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.CrossSell.Sequences;

/// <summary>Sequential cross-sell: what customers buy next, within N days, compared with the usual rate.</summary>
public sealed class IndexModel(SequencesQuery query, SegmentsQuery segments, SegmentScopes savedSegments) : PageModel
{
    /// <summary>The saved segments the filter form offers, and the one chosen.</summary>
    public SegmentChoice SegmentChoice => new(savedSegments.Options(), Filter.SegmentId);

    /// <summary>The filter from the query string.</summary>
    [BindProperty(SupportsGet = true)] public SequencesFilter Filter { get; set; } = new();

    /// <summary>The pairs (null when the filter was refused).</summary>
    public SequencesResult? Result { get; private set; }

    /// <summary>The segments the filter offers.</summary>
    public IReadOnlyList<SegmentSize> Segments { get; private set; } = [];

    /// <summary>This page with the current filter and <paramref name="change"/> (e.g. new { handler = "Csv" }).</summary>
    public string Link(object? change = null) => ReportLink.To("/cross-sell/sequences", Filter, change);

    /// <summary>Reads the pairs.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Segments = segments.Run();
        if (!ModelState.IsValid) return this.RefusedFilter();
        Result = await query.RunPageAsync(Filter, ct);
        return Page();
    }

    /// <summary>Every pair as CSV.</summary>
    public IActionResult OnGetCsv(CancellationToken ct) => !ModelState.IsValid ? this.RefusedDownload()
        : new CsvDownload(CsvFileName.WithFilters("cross-sell-sequences", Request), SequenceRow.CsvHeader, query.Run(Filter, ct).Rows.Select(r => r.CsvCells()));
}
