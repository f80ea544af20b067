using Insights.Reports.Export;
using Insights.Reports.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Insights.Reports.Pages.Segments.Scope;

namespace Insights.Reports.Pages.Service.Attribution;

/// <summary>What contacts lead to: orders soon after a contact against the same customers' usual rate, and lapses after the last contact.</summary>
public sealed class IndexModel(AttributionQuery query, ServiceChoicesQuery choices, SegmentScopes segments)
    : ServicePageModel<AttributionFilter>(choices, segments, "/service/contacts-lead-to")
{
    /// <summary>The tables (null when the filter was refused).</summary>
    public AttributionResult? Result { get; private set; }

    /// <inheritdoc />
    protected override async Task ReadAsync(CancellationToken ct) => Result = await query.RunAsync(Filter, ct);

    /// <summary>One table as CSV: table is orders (default) or lapse.</summary>
    public IActionResult OnGetCsv(string? table, CancellationToken ct)
    {
        if (!ModelState.IsValid) return this.RefusedDownload();
        var result = query.Run(Filter, ct);
        return table == "lapse"
            ? new CsvDownload(FileName("service-contacts-lapse"), LapseRow.CsvHeader, result.Lapses.Select(r => r.CsvCells()), "lapse")
            : new CsvDownload(FileName("service-contacts-lead-to"), AttributionRow.CsvHeader, result.Rows.Select(r => r.CsvCells()), "orders");
    }
}
