using System.Net;
using Insights.Reports.Pages.Segments;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Segments.Export;

/// <summary>/segments/{id}/export on the real site: the size before the download, CSV and Parquet files, the role's masking, refusals.</summary>
public sealed class SegmentExportPageTests : IClassFixture<SegmentExportPageTests.Site>
{
    /// <summary>The site on the segments world with a saved segment "South" (customers 3, 4, 6).</summary>
    public sealed class Site : IDisposable
    {
        public SegmentsSite Factory { get; } = new SegmentsSite().Filled();

        public int SouthId { get; }

        public Site() => SouthId = Factory.Services.GetRequiredService<SegmentStore>().Save(
            new SegmentSave(null, "South", "", SegmentsWorld.All(new SegmentCondition("region", "in", ["South"]))), "test", CancellationToken.None);

        public void Dispose() => Factory.Dispose();
    }

    readonly Site _site;

    public SegmentExportPageTests(Site site) => _site = site;

    string Url => $"/segments/{_site.SouthId}/export";

    [Fact]
    public async Task The_page_shows_the_member_count_and_the_csv_size_before_the_download()
    {
        var client = _site.Factory.ClientAs(Roles.Marketing);
        var html = await client.GetStringAsync(Url);
        Assert.Contains("<dd id=\"export-members\">3</dd>", html, StringComparison.Ordinal);
        var csv = await client.GetByteArrayAsync(Url + "?format=csv");
        Assert.Contains($"<dd id=\"export-size\">{csv.Length} bytes</dd>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Url}?format=parquet&amp;progress=", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/segments/{_site.SouthId}/export\"", await client.GetStringAsync($"/segments/{_site.SouthId}"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public async Task A_download_reports_its_rows_to_the_progress_of_the_page_view_that_issued_its_key(string format)
    {
        var client = _site.Factory.ClientAs(Roles.Marketing);
        var html = await client.GetStringAsync(Url);
        var key = System.Text.RegularExpressions.Regex.Match(html, $"href=\"{Url}\\?format={format}&amp;progress=([0-9a-f]{{32}})\"").Groups[1].Value;
        Assert.Equal(32, key.Length);
        Assert.Contains($"data-progress-url=\"{Url}?handler=progress&amp;progress={key}\"", html, StringComparison.Ordinal);
        var progress = $"{Url}?handler=progress&progress={key}";
        // issued with the page's count, nothing written yet
        Assert.Equal("""{"rows":0,"total":3,"done":false,"failed":false}""", await client.GetStringAsync(progress));

        using (var download = await client.GetAsync($"{Url}?format={format}&progress={key}"))
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("""{"rows":3,"total":3,"done":true,"failed":false}""", await client.GetStringAsync(progress));

        // another reader cannot read it, and a key nobody issued is not found
        using var other = await _site.Factory.ClientAs(Roles.Product).GetAsync(progress);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        using var unknown = await client.GetAsync($"{Url}?handler=progress&progress={new string('a', 32)}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Marketing_downloads_the_full_csv_with_a_distinct_file_name_and_no_store()
    {
        using var response = await _site.Factory.ClientAs(Roles.Marketing).GetAsync(Url + "?format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"segment-{_site.SouthId}-south-{DateTime.UtcNow:yyyy-MM-dd}.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Equal("3,Cy,Cy Once,,South,South,Books,Lost customers come back for Books,4.00", lines[1]);
    }

    [Fact]
    public async Task Product_downloads_the_csv_with_names_and_emails_masked()
    {
        var client = _site.Factory.ClientAs(Roles.Product);
        Assert.Contains("id=\"masked-note\"", await client.GetStringAsync(Url), StringComparison.Ordinal);
        var lines = (await client.GetStringAsync(Url + "?format=csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("3,Cy,,,South,South,Books,Lost customers come back for Books,4.00", lines[1]);
        Assert.DoesNotContain("Fay <b>", string.Join('\n', lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_is_sent_with_its_length_and_its_temporary_file_is_gone()
    {
        var before = Directory.GetFiles(Path.GetTempPath(), "insights-export-*.parquet").Length;
        using var response = await _site.Factory.ClientAs(Roles.Marketing).GetAsync(Url + "?format=parquet");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.Equal("PAR1"u8.ToArray(), bytes[..4]);
        Assert.Equal(".parquet", Path.GetExtension(response.Content.Headers.ContentDisposition?.FileName));
        Assert.True(Directory.GetFiles(Path.GetTempPath(), "insights-export-*.parquet").Length <= before);
    }

    [Theory]
    [InlineData("?format=xml", HttpStatusCode.BadRequest)]
    [InlineData("?format=csv%27%20or%201=1", HttpStatusCode.BadRequest)]
    public async Task Other_formats_are_refused_with_a_message(string query, HttpStatusCode status)
    {
        using var response = await _site.Factory.ClientAs(Roles.Marketing).GetAsync(Url + query);
        Assert.Equal(status, response.StatusCode);
        Assert.Contains("The format is csv or parquet.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/segments/999/export")]
    [InlineData("/segments/abc/export?format=csv")]
    public async Task Unknown_segments_are_not_found(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await _site.Factory.ClientAs(Roles.Marketing).GetAsync(url)).StatusCode);
}
