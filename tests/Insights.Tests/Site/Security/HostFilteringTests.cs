using System.Net;

namespace Insights.Tests.Site.Security;

/// <summary>
/// AllowedHosts is the loopback names, not "*": a page of another origin that rebinds its DNS name to 127.0.0.1 reaches the
/// site under its own name and gets 400, so it can neither read pages nor drive the dashboard's "local requests only" jobs.
/// </summary>
public sealed class HostFilteringTests(HardenedSite site) : IClassFixture<HardenedSite>, IDisposable
{
    readonly HttpClient _client = site.AdminClient();

    [Theory]
    [InlineData("evil.example", "/")]
    [InlineData("evil.example", "/hangfire")]
    [InlineData("evil.example:5000", "/cross-sell/rules?handler=Csv")]
    [InlineData("localhost.evil.example", "/healthz")]
    public async Task A_request_for_a_foreign_host_gets_400(string host, string url)
    {
        using var response = await SendAsync(host, url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("kpi-customers", await response.Content.ReadAsStringAsync());
        // the refusal is a response like any other: it carries the security headers too
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("frame-ancestors 'none'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:5000")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]:5000")]
    public async Task The_loopback_names_are_served(string host)
    {
        using var response = await SendAsync(host, "/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    Task<HttpResponseMessage> SendAsync(string host, string url) =>
        _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Host = host } });

    public void Dispose() => _client.Dispose();
}
