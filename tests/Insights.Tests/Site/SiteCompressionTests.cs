using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;

namespace Insights.Tests.Site;

/// <summary>
/// Pages, CSV exports and SVG charts go out compressed (Brotli, or gzip) to a browser that accepts it, and decompress to the very
/// bytes an uncompressed request gets.
/// </summary>
public sealed class SiteCompressionTests : IAsyncLifetime
{
    readonly SiteFactory _site = new();
    HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _site.LoadTinyWorld();
        _client = _site.ClientAs(Roles.Marketing);
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("/loyalty?view=rfm", "br", "text/html")]
    [InlineData("/loyalty?view=rfm", "gzip", "text/html")]
    [InlineData("/loyalty?view=rfm&handler=Csv&table=rfm", "gzip", "text/csv")]
    [InlineData("/loyalty?handler=Chart&chart=segment-map", "br", "image/svg+xml")]
    public async Task A_response_is_compressed_when_the_browser_accepts_it_and_reads_the_same(string url, string encoding, string type)
    {
        var plain = await GetAsync(url, null);
        using var compressed = await SendAsync(url, encoding);

        Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
        Assert.StartsWith(type, compressed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(encoding, Assert.Single(compressed.Content.Headers.ContentEncoding));
        var bytes = await compressed.Content.ReadAsByteArrayAsync();
        var read = Decompress(bytes, encoding);
        // the tiny world's CSV is a few rows: too short for compression to pay, so only pages and charts must shrink
        if (type != "text/csv") Assert.True(bytes.Length * 2 < read.Length, $"{url}: {bytes.Length} bytes compressed, {read.Length} plain");
        Assert.Equal(Normalise(plain), Normalise(System.Text.Encoding.UTF8.GetString(read).TrimStart('\uFEFF')));
    }

    [Fact]
    public async Task A_request_without_accept_encoding_gets_plain_bytes()
    {
        using var response = await SendAsync("/", null);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("<h1", await response.Content.ReadAsStringAsync());
    }

    async Task<HttpResponseMessage> SendAsync(string url, string? encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (encoding is not null) request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        return await _client.SendAsync(request);
    }

    async Task<string> GetAsync(string url, string? encoding)
    {
        using var response = await SendAsync(url, encoding);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        return await response.Content.ReadAsStringAsync();
    }

    static byte[] Decompress(byte[] bytes, string encoding)
    {
        using var input = new MemoryStream(bytes);
        using Stream reader = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        reader.CopyTo(output);
        return output.ToArray();
    }

    // the anti-forgery token in the header's sign-out form is new per response
    static string Normalise(string html) => SitePages.Normalise(html);

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _site.DisposeAsync();
    }
}
