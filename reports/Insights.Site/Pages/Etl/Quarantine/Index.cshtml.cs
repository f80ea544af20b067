using Insights.Reports.Export;
using Insights.Warehouse.Status;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Site.Pages.Etl.Quarantine;

/// <summary>The quarantine browser: rows the ETL refused, by source and reason, filtered and paged, downloadable as CSV.</summary>
public sealed class IndexModel(QuarantineQuery query) : PageModel
{
    /// <summary>source, run, reason (contains) and offset, as GET parameters, so every view has its own URL.</summary>
    [BindProperty(SupportsGet = true)] public QuarantineFilter Filter { get; set; } = new();

    /// <summary>The summary and the page of rows.</summary>
    public QuarantineResult Result { get; private set; } = QuarantineResult.Empty;

    /// <summary>Reads the summary and one page.</summary>
    public void OnGet() => Result = query.Run(Filter);

    /// <summary>Every row that matches the filter as CSV (formula injection neutralised by <see cref="CsvExport"/>).</summary>
    public IActionResult OnGetCsv() =>
        new CsvDownload(Filter.ExportFileName, QuarantinedRow.CsvHeader, query.Export(Filter).Select(r => r.CsvCells()));
}
