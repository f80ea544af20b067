using Insights.Reports.Export;
using Insights.Reports.Filters;
using Insights.Warehouse.Status;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Site.Pages.Etl.Quarantine;

/// <summary>The quarantine browser: rows the ETL refused, by source and reason, filtered and paged, downloadable as CSV.</summary>
public sealed class IndexModel(QuarantineQuery query) : PageModel
{
    /// <summary>source, run, reason (contains), limit and offset, as GET parameters, so every view has its own URL.</summary>
    [BindProperty(SupportsGet = true)] public QuarantineFilter Filter { get; set; } = new();

    /// <summary>The summary and the page of rows.</summary>
    public QuarantineResult Result { get; private set; } = QuarantineResult.Empty;

    /// <summary>
    /// This page with the shown filter's source, run and reason, a page size other than the default, and <paramref name="change"/>
    /// (e.g. new { offset = 50 }, or new { handler = "Csv" }).
    /// </summary>
    public string Link(object? change = null)
    {
        var f = Result.Filter;
        return ReportLink.To("/etl/quarantine",
            new { source = f.Source, run = f.Run, reason = f.Reason, limit = f.Limit == QuarantineFilter.DefaultLimit ? (int?)null : f.Limit },
            change);
    }

    /// <summary>The newer page's link (the first page without an offset); null on the first page.</summary>
    public string? PreviousLink => Result.PreviousOffset is { } previous ? Link(new { offset = previous == 0 ? (int?)null : previous }) : null;

    /// <summary>The older page's link; null on the last page.</summary>
    public string? NextLink => Result.NextOffset is { } next ? Link(new { offset = next }) : null;

    /// <summary>Reads the summary and one page.</summary>
    public IActionResult OnGet(CancellationToken ct)
    {
        if (!ModelState.IsValid) return this.RefusedFilter();
        ct.ThrowIfCancellationRequested();
        Result = query.Run(Filter);
        return Page();
    }

    /// <summary>
    /// Every row that matches the filter as CSV (formula injection neutralised by <see cref="CsvExport"/>), with the source file's
    /// name rather than its absolute path on the server (the CLI's export, on the machine itself, keeps the path).
    /// </summary>
    public IActionResult OnGetCsv() => !ModelState.IsValid ? this.RefusedDownload()
        : new CsvDownload(Filter.ExportFileName, QuarantinedRow.CsvHeader,
            query.Export(Filter).Select(r => (r with { SourceFile = r.FileName }).CsvCells()));
}
