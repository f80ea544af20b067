using Insights.Reports.Export;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Export;

public sealed class CsvDownloadTests
{
    [Fact]
    public async Task A_download_is_an_attachment_that_no_cache_may_store()
    {
        // a host with no export log (as the benches): the download is written all the same
        var http = new DefaultHttpContext { Response = { Body = new MemoryStream() }, RequestServices = new ServiceCollection().BuildServiceProvider() };

        await new CsvDownload("people.csv", ["name"], [["Smith;=1+1;"]]).ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));

        Assert.Equal("no-store", http.Response.Headers.CacheControl.ToString());
        Assert.Equal("text/csv; charset=utf-8", http.Response.ContentType);
        Assert.StartsWith("attachment; filename=people.csv", http.Response.Headers.ContentDisposition.ToString());
        var bytes = ((MemoryStream)http.Response.Body).ToArray();   // readable after the download closed it
        Assert.Equal("name\r\n\"Smith;'=1+1;\"\r\n", CsvExport.FileEncoding.GetString(bytes[CsvExport.FileEncoding.Preamble.Length..]));
    }
}
