using Insights.Reports.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.CrossSell.WhiteSpace;

/// <summary>White space: where a segment under-buys a category compared with the other segments, in customers and money.</summary>
public sealed class IndexModel(WhiteSpaceQuery query, SegmentsQuery segments) : PageModel
{
    /// <summary>The period from the query string.</summary>
    [BindProperty(SupportsGet = true)] public WhiteSpaceFilter Filter { get; set; } = new();

    /// <summary>The matrix.</summary>
    public WhiteSpaceResult Result { get; private set; } = null!;

    /// <summary>The segments (none until the loyalty report fills them).</summary>
    public IReadOnlyList<SegmentSize> Segments { get; private set; } = [];

    /// <summary>Reads the matrix.</summary>
    public void OnGet()
    {
        Segments = segments.Run();
        Result = query.Run(Filter);
    }

    /// <summary>Every cell as CSV.</summary>
    public IActionResult OnGetCsv() =>
        new CsvDownload("cross-sell-white-space.csv", WhiteSpaceCell.CsvHeader, query.Run(Filter).Cells.Select(c => c.CsvCells()));
}
