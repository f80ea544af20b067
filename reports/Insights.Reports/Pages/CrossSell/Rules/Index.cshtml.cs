using Insights.Reports.Export;
using Insights.Reports.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.CrossSell.Rules;

/// <summary>Market-basket rules: thresholds and filters as GET parameters, a sortable table, a chart and a CSV download.</summary>
public sealed class IndexModel(RulesQuery query, SegmentsQuery segments) : PageModel
{
    /// <summary>The filter from the query string.</summary>
    [BindProperty(SupportsGet = true)] public RulesFilter Filter { get; set; } = new();

    /// <summary>The mined rules (null when the filter was refused).</summary>
    public RulesResult? Result { get; private set; }

    /// <summary>The segments the filter offers.</summary>
    public IReadOnlyList<SegmentSize> Segments { get; private set; } = [];

    /// <summary>This page with the current filter and <paramref name="change"/> (e.g. new { handler = "Csv" }).</summary>
    public string Link(object? change = null) => ReportLink.To("/cross-sell/rules", Filter, change);

    /// <summary>The link of a column's header: sorts by it, reversing the order when it is the current sort.</summary>
    public string SortLink(string column, bool ascendingFirst) =>
        Link(new { sort = column, ascending = Filter.Sort == column ? !Filter.Ascending : ascendingFirst });

    /// <summary>Mines and shows.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Segments = segments.Run();
        if (!ModelState.IsValid) return this.RefusedFilter();
        Result = await query.RunAsync(Filter, ct);
        return Page();
    }

    /// <summary>Every rule of the filter as CSV.</summary>
    public IActionResult OnGetCsv(CancellationToken ct) => !ModelState.IsValid ? this.RefusedDownload()
        : new CsvDownload("cross-sell-rules.csv", RuleRow.CsvHeader, query.Run(Filter, ct).Rules.Select(r => r.CsvCells()));
}
