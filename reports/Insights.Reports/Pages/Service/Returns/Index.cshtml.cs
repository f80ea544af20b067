using Insights.Reports.Access;
using Insights.Reports.Export;
using Insights.Reports.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.Service.Returns;

/// <summary>Returns: return rates by category and product, reasons, the monthly trend and the customers who return most.</summary>
public sealed class IndexModel(ReturnsQuery query, ServiceChoicesQuery choices) : PageModel
{
    /// <summary>Products listed on the page (most returned items first); the CSV has them all.</summary>
    public const int ProductsShown = 50;

    /// <summary>The filter from the query string.</summary>
    [BindProperty(SupportsGet = true)] public ReturnsFilter Filter { get; set; } = new();

    /// <summary>The view (null when the filter was refused); customers as the reader may see them.</summary>
    public ReturnsResult? Result { get; private set; }

    /// <summary>The filter's choices.</summary>
    public ServiceChoices? Choices { get; private set; }

    /// <summary>This page with the current filter and <paramref name="change"/>.</summary>
    public string Link(object? change = null) => ReportLink.To("/service/returns", Filter, change);

    /// <summary>Reads the view.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Choices = choices.Run();
        if (!ModelState.IsValid) return this.RefusedFilter();
        var result = await query.RunAsync(Filter, ct);
        Result = result with { Customers = [.. PersonalDataPolicy.Apply(result.Customers, PersonalDataPolicy.ViewOf(User))] };
        return Page();
    }

    /// <summary>One table as CSV: table=category (default), product, reason, month.</summary>
    public IActionResult OnGetCsv(string? table, CancellationToken ct)
    {
        if (!ModelState.IsValid) return this.RefusedDownload();
        var name = string.IsNullOrEmpty(table) ? "category" : table;
        if (name is not ("category" or "product" or "reason" or "month")) return BadRequest("table must be category, product, reason or month.");
        var rows = query.Run(Filter, ct).Table(name)!;
        return new CsvDownload($"service-returns-{name}.csv", ReturnRow.CsvHeader, rows.Select(r => r.CsvCells()), name);
    }

    /// <summary>The customers who return most as CSV (masked for the product role).</summary>
    public IActionResult OnGetCustomersCsv(CancellationToken ct) => !ModelState.IsValid ? this.RefusedDownload()
        : new CsvDownload("service-returns-customers.csv", ReturningCustomer.CsvHeader,
            PersonalDataPolicy.Apply(query.Run(Filter, ct).Customers, PersonalDataPolicy.ViewOf(User)).Select(c => c.CsvCells()), "customers");
}
