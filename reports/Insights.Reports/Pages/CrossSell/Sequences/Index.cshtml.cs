using Insights.Reports.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.CrossSell.Sequences;

/// <summary>Sequential cross-sell: what customers buy next, within N days, compared with the usual rate.</summary>
public sealed class IndexModel(SequencesQuery query, SegmentsQuery segments) : PageModel
{
    /// <summary>The filter from the query string.</summary>
    [BindProperty(SupportsGet = true)] public SequencesFilter Filter { get; set; } = new();

    /// <summary>The pairs.</summary>
    public SequencesResult Result { get; private set; } = null!;

    /// <summary>The segments the filter offers.</summary>
    public IReadOnlyList<SegmentSize> Segments { get; private set; } = [];

    /// <summary>Reads the pairs.</summary>
    public void OnGet()
    {
        Segments = segments.Run();
        Result = query.Run(Filter);
    }

    /// <summary>Every pair as CSV.</summary>
    public IActionResult OnGetCsv() =>
        new CsvDownload("cross-sell-sequences.csv", SequenceRow.CsvHeader, query.Run(Filter).Rows.Select(r => r.CsvCells()));
}
