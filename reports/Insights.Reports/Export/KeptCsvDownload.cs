using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Reports.Export;

/// <summary>
/// A large download sent from the file it was kept in (<see cref="KeptDownloads"/>): the same bytes and headers as the
/// <see cref="CsvDownload"/> that wrote it, recorded in the export log as every download is.
/// </summary>
public sealed class KeptCsvDownload(KeptDownloads.KeptFile file) : IActionResult
{
    /// <inheritdoc />
    public async Task ExecuteResultAsync(ActionContext context)
    {
        using (file)
        {
            var http = context.HttpContext;
            var response = http.Response;
            CsvDownload.Headers(response, file.FileName);
            var log = http.RequestServices.GetService<IExportLog>();
            var record = log is null ? 0 : await log.StartedAsync(CsvDownload.Describe(http, file.Table), http.RequestAborted);
            await file.Stream.CopyToAsync(response.Body, 1 << 16, http.RequestAborted);
            if (log is not null) await log.FinishedAsync(record, file.Rows, CancellationToken.None);
        }
    }
}
