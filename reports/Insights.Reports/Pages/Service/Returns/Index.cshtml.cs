using Insights.Reports.Access;
using Insights.Reports.Export;
using Insights.Reports.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

using Insights.Reports.Pages.Segments.Scope;

namespace Insights.Reports.Pages.Service.Returns;

/// <summary>Returns: return rates by category and product, reasons, the monthly trend and the customers who return most.</summary>
public sealed class IndexModel(ReturnsQuery query, ServiceChoicesQuery choices, SegmentScopes segments)
    : ServicePageModel<ReturnsFilter>(choices, segments, "/service/returns")
{
    /// <summary>Products listed on the page (most returned items first); the CSV has them all.</summary>
    public const int ProductsShown = 50;

    /// <summary>The view (null when the filter was refused); customers as the reader may see them.</summary>
    public ReturnsResult? Result { get; private set; }

    /// <summary>The month-of-sale rows as the page's table shows them: the running month labelled "(so far)".</summary>
    public IReadOnlyList<ReturnRow> MonthRows
    {
        get
        {
            var running = RunningMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
            return [.. (Result?.Months ?? []).Select(m => m.Label == running ? m with { Label = m.Label + " (so far)" } : m)];
        }
    }

    /// <inheritdoc />
    protected override async Task ReadAsync(CancellationToken ct)
    {
        var result = await query.RunAsync(Filter, ct);
        Result = result with { Customers = [.. PersonalDataPolicy.Apply(result.Customers, View)] };
    }

    /// <summary>One table as CSV: table=category (default), product, reason, month.</summary>
    public IActionResult OnGetCsv(string? table, CancellationToken ct)
    {
        if (!ModelState.IsValid) return this.RefusedDownload();
        var name = string.IsNullOrEmpty(table) ? "category" : table;
        if (name is not ("category" or "product" or "reason" or "month")) return BadRequest("table must be category, product, reason or month.");
        var rows = query.Run(Filter, ct).Table(name)!;
        return new CsvDownload(FileName($"service-returns-{name}"), ReturnRow.CsvHeader, rows.Select(r => r.CsvCells()), name);
    }

    /// <summary>The customers who return most as CSV (masked for the product role).</summary>
    public IActionResult OnGetCustomersCsv(CancellationToken ct) => !ModelState.IsValid ? this.RefusedDownload()
        : new CsvDownload(FileName("service-returns-customers"), ReturningCustomer.CsvHeader,
            PersonalDataPolicy.Apply(query.Run(Filter, ct).Customers, PersonalDataPolicy.ViewOf(User)).Select(c => c.CsvCells()), "customers");
}
