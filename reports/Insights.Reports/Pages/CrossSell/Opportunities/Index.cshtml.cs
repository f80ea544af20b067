using Insights.Reports.Export;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Reports.Pages.CrossSell.Opportunities;

/// <summary>New-offering opportunities for product teams, each sized in customers and revenue.</summary>
public sealed class IndexModel(OpportunitiesQuery query) : PageModel
{
    /// <summary>The filter from the query string.</summary>
    [BindProperty(SupportsGet = true)] public OpportunitiesFilter Filter { get; set; } = new();

    /// <summary>The lists.</summary>
    public OpportunitiesResult Result { get; private set; } = null!;

    /// <summary>Reads the lists.</summary>
    public void OnGet() => Result = query.Run(Filter);

    /// <summary>One list as CSV: kind is pairs, rising or complaints.</summary>
    public FileContentResult OnGetCsv(string kind)
    {
        var result = query.Run(Filter);
        var bytes = kind switch
        {
            "rising" => CsvExport.ToBytes(RisingPair.CsvHeader, result.Rising.Select(r => r.CsvCells())),
            "complaints" => CsvExport.ToBytes(ComplaintSignal.CsvHeader, result.Signals.Select(r => r.CsvCells())),
            _ => CsvExport.ToBytes(UnbundledPair.CsvHeader, result.Pairs.Select(r => r.CsvCells())),
        };
        return File(bytes, "text/csv; charset=utf-8", "cross-sell-opportunities.csv");
    }
}
