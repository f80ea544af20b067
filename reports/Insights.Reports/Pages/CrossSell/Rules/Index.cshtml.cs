using Insights.Reports.Export;
using Insights.Reports.Filters;
using Insights.Reports.Pages.Segments.Scope;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.CrossSell.Rules;

/// <summary>Market-basket rules: thresholds and filters as GET parameters, a sortable table, a chart and a CSV download.</summary>
public sealed class IndexModel(RulesQuery query, SegmentsQuery segments, SegmentScopes savedSegments) : PageModel
{
    /// <summary>The saved segments the filter form offers, and the one chosen.</summary>
    public SegmentChoice SegmentChoice => new(savedSegments.Options(), Filter.SegmentId);

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

    /// <summary>What the query did on its own (opened at category level), said above the numbers (<see cref="RulesResult.Notes"/>).</summary>
    public IReadOnlyList<string> Notes => Result?.Notes ?? [];

    /// <summary>
    /// Mines and shows. The entry page (no filter in the address) opens on something to see: the query widens it to category
    /// level when the defaults give no product rule (<see cref="RulesQuery.Run"/>), and its links then keep that level.
    /// </summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Segments = segments.Run();
        if (!ModelState.IsValid) return this.RefusedFilter();
        var result = await query.RunAsync(Filter, ct, entry: Request.Query.Count == 0);
        if (Refused(result)) return this.RefusedFilter();
        Result = result;
        Filter = result.OpenedAt ?? Filter;
        return Page();
    }

    /// <summary>Every rule of the filter as CSV.</summary>
    public IActionResult OnGetCsv(CancellationToken ct)
    {
        if (!ModelState.IsValid) return this.RefusedDownload();
        var result = query.Run(Filter, ct);
        return Refused(result) ? this.RefusedDownload()
            : new CsvDownload(CsvFileName.WithFilters("cross-sell-rules", Request), RuleRow.CsvHeader, result.Rules.Select(r => r.CsvCells()));
    }

    // the rules that need the baskets (a support under 2 baskets, a mining budget exceeded) refuse the filter like the others
    bool Refused(RulesResult result)
    {
        foreach (var problem in result.Problems) ModelState.AddModelError(string.Empty, problem);
        return result.Problems.Count > 0;
    }
}
