using Insights.Reports.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.Intervals;

/// <summary>The purchase-interval report: rhythms, overdue customers, BG/NBD + Gamma-Gamma, CLV and hold-out validation.</summary>
public sealed class IndexModel(IntervalsQuery query) : PageModel
{
    /// <summary>The filters, from the query string.</summary>
    [BindProperty(SupportsGet = true)] public IntervalsFilter Filter { get; set; } = new();

    /// <summary>The page's data.</summary>
    public IntervalsResult Result { get; private set; } = IntervalsResult.Empty();

    /// <summary>Computes the report.</summary>
    public void OnGet() => Result = query.Run(Filter);

    /// <summary>Every customer's scores as CSV (the same rows as <c>report intervals --format csv</c>).</summary>
    public IActionResult OnGetCustomersCsv() => Csv(settings =>
        new CsvDownload("intervals-customers.csv", CustomerScore.CsvHeader,
            IntervalsQuery.Sorted(query.Model(settings).Customers, Filter.Sort).Select(c => c.CsvCells())));

    /// <summary>The whole win-back list as CSV (the same rows as <c>report intervals --view overdue --format csv</c>).</summary>
    public IActionResult OnGetOverdueCsv() => Csv(settings =>
        new CsvDownload("intervals-overdue.csv", CustomerGaps.CsvHeader,
            IntervalsQuery.OverdueCustomers(query.Gaps(settings), settings.OverdueFactor).Select(g => g.CsvCells())));

    // a filter that does not resolve (bad unit, negative horizon...) is the client's error, said in plain text
    IActionResult Csv(Func<IntervalsSettings, IActionResult> export)
    {
        try
        {
            return query.Resolve(Filter) is { } settings ? export(settings) : NotFound();
        }
        catch (ArgumentException e)
        {
            return BadRequest(e.Message);
        }
    }
}
