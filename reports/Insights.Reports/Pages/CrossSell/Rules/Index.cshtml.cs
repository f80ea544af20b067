using Insights.Reports.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.CrossSell.Rules;

/// <summary>Market-basket rules: thresholds and filters as GET parameters, a sortable table, a chart and a CSV download.</summary>
public sealed class IndexModel(RulesQuery query, SegmentsQuery segments) : PageModel
{
    /// <summary>The filter from the query string.</summary>
    [BindProperty(SupportsGet = true)] public RulesFilter Filter { get; set; } = new();

    /// <summary>The mined rules.</summary>
    public RulesResult Result { get; private set; } = null!;

    /// <summary>The segments the filter offers.</summary>
    public IReadOnlyList<SegmentSize> Segments { get; private set; } = [];

    /// <summary>Mines and shows.</summary>
    public void OnGet()
    {
        Segments = segments.Run();
        Result = query.Run(Filter);
    }

    /// <summary>Every rule of the filter as CSV.</summary>
    public IActionResult OnGetCsv() =>
        new CsvDownload("cross-sell-rules.csv", RuleRow.CsvHeader, query.Run(Filter).Rules.Select(r => r.CsvCells()));
}
