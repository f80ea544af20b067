using Insights.Reports.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Net.Http.Headers;

namespace Insights.Reports.Export;

/// <summary>
/// A CSV download written to the response as its rows are enumerated (<see cref="CsvExport"/>'s format), never held whole in
/// memory: a target list at SF10 is millions of rows, and building it as bytes first took more memory than the rows. Every
/// download is recorded in the site's <see cref="IExportLog"/> (who, when, which report, filters, rows), and sent with
/// <c>Cache-Control: no-store</c>: downloads hold personal data (names, e-mails, complaint texts, raw source lines in the
/// quarantine's), which no browser or proxy cache should keep. A download that fails once its response has begun (a later chunk
/// of its query out of memory) aborts the connection and is logged: the client sees a failed transfer, never a short file that
/// ends cleanly; one that fails before is the pipeline's error status.
/// </summary>
/// <param name="fileName">The file name the browser saves.</param>
/// <param name="header">The column names.</param>
/// <param name="rows">The rows, already as the reader may see them (<see cref="PersonalDataPolicy"/>).</param>
/// <param name="table">Which table of the page, for a page with several (recorded in the log).</param>
public sealed class CsvDownload(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, string? table = null)
    : IActionResult
{
    /// <inheritdoc />
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var http = context.HttpContext;
        var response = http.Response;
        Headers(response, fileName);

        // An action result is built by the page, not by DI, so it takes its services from the request, as MVC's own results do.
        // The log is optional by design: the site registers one; a host with no users (the benches) has nothing to record.
        var log = http.RequestServices.GetService<IExportLog>();
        var record = log is null ? 0 : await log.StartedAsync(Describe(http, table), http.RequestAborted);
        long written;
        // a large download the gate admitted is copied into its kept file as it is written (KeptDownloads)
        var keep = http.Features.Get<KeptDownloads.KeptWriter>();
        var writer = new StreamWriter(keep is null ? response.Body : new TeeStream(response.Body, keep.Stream), CsvExport.FileEncoding, bufferSize: 1 << 16);
        try
        {
            written = await CsvExport.WriteAsync(writer, header, rows, http.RequestAborted);
            await writer.FlushAsync(http.RequestAborted);
        }
        // the rows failed (not the client leaving): once bytes are out, a status can no longer say so, and a response that ended
        // normally would leave a short file that looks complete; the connection is aborted instead (HTTP/1.1: no last chunk,
        // HTTP/2: a reset stream), so the browser reports a failed download
        catch (Exception e) when (response.HasStarted && !http.RequestAborted.IsCancellationRequested)
        {
            var logger = http.RequestServices.GetService<ILoggerFactory>()?.CreateLogger<CsvDownload>() ?? NullLogger<CsvDownload>.Instance;
            DownloadLog.AbortedMidBody(logger, Describe(http, table).Report, e);
            http.Abort();
            return;
        }
        await writer.DisposeAsync();
        keep?.Complete(written, fileName, table);
        // the count is written even if the client leaves right after the last byte; a download cut short keeps -1
        if (log is not null) await log.FinishedAsync(record, written, CancellationToken.None);
    }

    /// <summary>A CSV attachment's headers: type, no-store (personal data), and the file name the browser saves.</summary>
    internal static void Headers(HttpResponse response, string fileName)
    {
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);   // filename and filename*, as File() writes them
        response.Headers[HeaderNames.ContentDisposition] = disposition.ToString();
    }

    /// <summary>A download as the export log records it: who, the page's path, handler and table, and the filters.</summary>
    internal static ExportRequest Describe(HttpContext http, string? table)
    {
        var request = http.Request;
        var handler = request.Query["handler"].ToString().ToLowerInvariant();
        var tableName = table ?? request.Query["table"].ToString();
        var report = string.Join(" ", new[] { ((request.PathBase + request.Path).Value ?? "").ToLowerInvariant(), handler, tableName }.Where(part => part.Length > 0));
        return new ExportRequest(http.User.Identity?.Name ?? "(anonymous)", report, request.QueryString.Value?.TrimStart('?') ?? "");
    }
}
