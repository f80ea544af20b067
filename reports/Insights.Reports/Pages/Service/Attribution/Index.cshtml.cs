using Insights.Reports.Export;
using Insights.Reports.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.Service.Attribution;

/// <summary>What contacts lead to: orders soon after a contact against the same customers' usual rate, and lapses after the last contact.</summary>
public sealed class IndexModel(AttributionQuery query, ServiceChoicesQuery choices) : PageModel
{
    /// <summary>The filter from the query string.</summary>
    [BindProperty(SupportsGet = true)] public AttributionFilter Filter { get; set; } = new();

    /// <summary>The tables (null when the filter was refused).</summary>
    public AttributionResult? Result { get; private set; }

    /// <summary>The filter dropdowns' values.</summary>
    public ServiceChoices Choices { get; private set; } = new([], [], [], [], []);

    /// <summary>This page with the current filter and <paramref name="change"/> (e.g. new { handler = "Csv", table = "lapse" }).</summary>
    public string Link(object? change = null) => ReportLink.To("/service/contacts-lead-to", Filter, change);

    /// <summary>Reads the tables.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Choices = choices.Run();
        if (!ModelState.IsValid) return this.RefusedFilter();
        Result = await query.RunAsync(Filter, ct);
        return Page();
    }

    /// <summary>One table as CSV: table is orders (default) or lapse.</summary>
    public IActionResult OnGetCsv(string? table, CancellationToken ct)
    {
        if (!ModelState.IsValid) return this.RefusedDownload();
        var result = query.Run(Filter, ct);
        return table == "lapse"
            ? new CsvDownload("service-contacts-lapse.csv", LapseRow.CsvHeader, result.Lapses.Select(r => r.CsvCells()), "lapse")
            : new CsvDownload("service-contacts-lead-to.csv", AttributionRow.CsvHeader, result.Rows.Select(r => r.CsvCells()), "orders");
    }
}
