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
    public IActionResult OnGetCsv(string kind)
    {
        var result = query.Run(Filter);
        const string name = "cross-sell-opportunities.csv";
        return kind switch
        {
            "rising" => new CsvDownload(name, RisingPair.CsvHeader, result.Rising.Select(r => r.CsvCells())),
            "complaints" => new CsvDownload(name, ComplaintSignal.CsvHeader, result.Signals.Select(r => r.CsvCells())),
            _ => new CsvDownload(name, UnbundledPair.CsvHeader, result.Pairs.Select(r => r.CsvCells())),
        };
    }
}
