using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Insights.Reports.Export;

/// <summary>
/// A CSV download written to the response as its rows are enumerated (<see cref="CsvExport"/>'s format), never held whole in
/// memory: a target list at SF10 is millions of rows, and building it as bytes first took more memory than the rows. Sent with
/// <c>Cache-Control: no-store</c>: downloads hold personal data (names, e-mails, complaint texts), which no browser or proxy cache
/// should keep.
/// </summary>
public sealed class CsvDownload(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows) : IActionResult
{
    /// <inheritdoc />
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);   // filename and filename*, as File() writes them
        response.Headers[HeaderNames.ContentDisposition] = disposition.ToString();
        await using var writer = new StreamWriter(response.Body, CsvExport.FileEncoding, bufferSize: 1 << 16);
        await CsvExport.WriteAsync(writer, header, rows, context.HttpContext.RequestAborted);
        await writer.FlushAsync(context.HttpContext.RequestAborted);
    }
}
