using Insights.Reports.Access;
using Insights.Reports.Export;
using Insights.Reports.Limits;
using Microsoft.AspNetCore.Mvc;

namespace Insights.Reports.Pages.Segments.Export;

/// <summary>
/// A segment export as CSV, written row by row to the response as DuckDB reads them (never a whole file in memory): the
/// project's <see cref="CsvDownload"/> (its format, formula cells neutralised, no-store, the export log), run behind the
/// segments gate so the rows are read under its time budget and stop when the client leaves. The gate and DuckDB are
/// synchronous, so the download holds its place (and a thread) until the last row is out; a download the budget stops is cut
/// off mid-stream, which a browser reports as failed rather than as a short file.
/// </summary>
/// <param name="export">The export.</param>
/// <param name="source">Whom it lists.</param>
/// <param name="segmentName">The segment column's value.</param>
/// <param name="view">What the reader may see of each customer.</param>
/// <param name="fileName">The file name the browser saves.</param>
/// <param name="progress">Reports the rows written, for the export page's progress (<see cref="ExportProgress"/>).</param>
public sealed class SegmentCsvDownload(SegmentExport export, MemberSource source, string segmentName, PersonalDataView view, string fileName,
    ExportProgressTracker? progress = null) : IActionResult
{
    /// <inheritdoc />
    public async Task ExecuteResultAsync(ActionContext context)
    {
        try
        {
            export.Gated(context.HttpContext.RequestAborted, token =>
            {
                var cells = export.Rows(source, segmentName, view, token).Select(r =>
                {
                    progress?.Row();
                    return r.Cells;
                });
                new CsvDownload(fileName, SegmentExportRow.Header, cells, "members").ExecuteResultAsync(context).GetAwaiter().GetResult();
                return true;
            });
            progress?.Done();
        }
        catch (ComputeLimitException limit) when (!context.HttpContext.Response.HasStarted)
        {
            progress?.Failed();
            await ExportRefusal.WriteAsync(context.HttpContext.Response, limit);
        }
        catch
        {
            progress?.Failed();
            throw;
        }
    }
}
