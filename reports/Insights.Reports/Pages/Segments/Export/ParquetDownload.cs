using Insights.Reports.Export;
using Insights.Reports.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Insights.Reports.Pages.Segments.Export;

/// <summary>
/// A segment export as Parquet: DuckDB writes the file to the temporary folder behind the segments gate
/// (<see cref="SegmentExport.WriteParquet"/>), then it is streamed to the response with its length (so the browser shows the
/// download's progress) and deleted, whatever happens. Recorded in the export log and sent with <c>Cache-Control: no-store</c>,
/// as every CSV download is.
/// </summary>
/// <param name="write">Writes the rows to the given path; returns how many.</param>
/// <param name="fileName">The file name the browser saves.</param>
/// <param name="progress">
/// Reports the rows written to the file, for the export page's progress (<see cref="ExportProgress"/>): the wait before the
/// first byte, while DuckDB writes the file; the browser shows the sending itself, since the length is known by then.
/// </param>
public sealed class ParquetDownload(Func<string, CancellationToken, long> write, string fileName, ExportProgressTracker? progress = null) : IActionResult
{
    /// <inheritdoc />
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var http = context.HttpContext;
        var log = http.RequestServices.GetService<IExportLog>();
        var request = http.Request;
        var record = log is null ? 0 : await log.StartedAsync(new ExportRequest(http.User.Identity?.Name ?? "(anonymous)",
            ((request.PathBase + request.Path).Value ?? "").ToLowerInvariant() + " parquet", request.QueryString.Value?.TrimStart('?') ?? ""), http.RequestAborted);
        var path = SegmentExport.TemporaryParquetPath();
        try
        {
            var rows = write(path, http.RequestAborted);
            progress?.Rows(rows);
            progress?.Done();
            var response = http.Response;
            response.ContentType = "application/vnd.apache.parquet";
            response.Headers.CacheControl = "no-store";
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(fileName);
            response.Headers[HeaderNames.ContentDisposition] = disposition.ToString();
            await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
            {
                response.ContentLength = file.Length;
                await file.CopyToAsync(response.Body, http.RequestAborted);
            }
            if (log is not null) await log.FinishedAsync(record, rows, CancellationToken.None);
        }
        catch (ComputeLimitException limit) when (!http.Response.HasStarted)
        {
            progress?.Failed();
            await ExportRefusal.WriteAsync(http.Response, limit);
        }
        catch
        {
            progress?.Failed();
            throw;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
