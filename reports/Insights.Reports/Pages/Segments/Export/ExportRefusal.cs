using System.Globalization;
using Insights.Reports.Limits;
using Microsoft.AspNetCore.Http;

namespace Insights.Reports.Pages.Segments.Export;

/// <summary>
/// The answer of an export the compute gate refused before its first byte (busy: 503 with Retry-After; over budget: its
/// status), as the page filter answers a refused handler: the message as plain text. An action result runs after the page
/// filters, so the downloads answer it themselves.
/// </summary>
static class ExportRefusal
{
    /// <summary>Writes <paramref name="limit"/> as the response.</summary>
    public static Task WriteAsync(HttpResponse response, ComputeLimitException limit)
    {
        response.StatusCode = limit.StatusCode;
        if (limit is ComputeBusyException busy) response.Headers.RetryAfter = busy.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync(limit.Message);
    }
}
