using System.Net;
using System.Text.RegularExpressions;

namespace Insights.Tests.Site.Security;

/// <summary>
/// Every response carries the security headers: every page a visitor can reach from the navigation, a CSV download, a chart
/// image, a static file, a 404, a 405, a 500, and the Hangfire dashboard (which alone gets its looser, documented policy).
/// </summary>
public sealed partial class SecurityHeadersTests(HardenedSite site) : IClassFixture<HardenedSite>, IDisposable
{
    // the policy docs/operations.md documents, written out here so that a weakened policy fails the test
    const string PagePolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; " +
                              "base-uri 'self'; form-action 'self'; object-src 'none'";

    readonly HttpClient _client = site.AdminClient();

    [Fact]
    public async Task Every_page_linked_from_the_site_carries_the_headers_and_the_strict_policy_outside_the_dashboard()
    {
        var pages = await SitePages.DiscoverAsync(_client);
        Assert.Contains("/hangfire", pages);
        Assert.True(pages.Count >= 10, $"only {pages.Count} pages found: {string.Join(", ", pages)}");

        foreach (var page in pages)
        {
            using var response = await _client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {response.StatusCode}");
            if (page.StartsWith("/hangfire", StringComparison.Ordinal)) AssertDashboardHeaders(response, page);
            else AssertPageHeaders(response, page);
        }
    }

    [Fact]
    public async Task Our_pages_hold_no_inline_script_style_element_or_style_attribute()
    {
        foreach (var page in (await SitePages.DiscoverAsync(_client)).Where(p => !p.StartsWith("/hangfire", StringComparison.Ordinal)))
        {
            var html = await _client.GetStringAsync(page);
            Assert.False(StyleAttribute().IsMatch(html), $"{page} has a style attribute: {StyleAttribute().Match(html).Value}");
            Assert.False(InlineScript().IsMatch(html), $"{page} has an inline script");
            Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
            Assert.False(EventAttribute().IsMatch(html), $"{page} has an event handler attribute: {EventAttribute().Match(html).Value}");
        }
    }

    [Fact]
    public async Task A_csv_download_carries_the_headers_and_is_never_stored()
    {
        using var response = await _client.GetAsync("/cross-sell/rules?handler=Csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl!.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
        AssertPageHeaders(response, "the CSV");
    }

    [Fact]
    public async Task A_chart_image_carries_the_headers_and_a_policy_that_runs_no_script()
    {
        using var response = await _client.GetAsync("/loyalty?handler=Chart&chart=segment-map");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        AssertCommonHeaders(response, "the chart");
        var policy = Policy(response);
        Assert.StartsWith("default-src 'none';", policy);
        Assert.DoesNotContain("script-src", policy);   // so default-src 'none' forbids every script
        Assert.Contains("frame-ancestors 'none'", policy);
    }

    [Fact]
    public async Task A_static_file_carries_the_headers()
    {
        using var response = await _client.GetAsync("/css/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertPageHeaders(response, "site.css");
    }

    [Fact]
    public async Task An_unknown_address_gives_a_small_404_page_with_the_headers()
    {
        using var response = await _client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertPageHeaders(response, "the 404");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Page not found</h1>", html);
        Assert.Contains("aria-label=\"Reports\"", html);   // the site's own layout, so the visitor can go on
    }

    [Fact]
    public async Task A_failing_page_gives_the_error_page_with_the_headers_and_no_stack_trace()
    {
        using var response = await _client.GetAsync($"/?fail={HardenedSite.Marker}");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertPageHeaders(response, "the error page");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Something went wrong", html);
        Assert.DoesNotContain(HardenedSite.Marker, html);
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.DoesNotContain(" at Insights.", html);
    }

    [Fact]
    public async Task A_refused_method_carries_the_headers()
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Trace, "/"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        AssertPageHeaders(response, "the 405");
    }

    public void Dispose() => _client.Dispose();

    static void AssertPageHeaders(HttpResponseMessage response, string what)
    {
        AssertCommonHeaders(response, what);
        Assert.True(Policy(response) == PagePolicy, $"{what}: Content-Security-Policy {Policy(response)}");
    }

    static void AssertDashboardHeaders(HttpResponseMessage response, string what)
    {
        AssertCommonHeaders(response, what);
        var policy = Policy(response);
        // looser for Hangfire's own inline script and style, and only that
        Assert.Contains("script-src 'self' 'unsafe-inline'", policy);
        Assert.Contains("style-src 'self' 'unsafe-inline'", policy);
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Contains("object-src 'none'", policy);
    }

    static void AssertCommonHeaders(HttpResponseMessage response, string what)
    {
        Assert.True(Header(response, "X-Content-Type-Options") == "nosniff", $"{what}: X-Content-Type-Options");
        Assert.True(Header(response, "Referrer-Policy") == "no-referrer", $"{what}: Referrer-Policy");
        Assert.True(Header(response, "X-Frame-Options") == "DENY", $"{what}: X-Frame-Options");
        Assert.True(Header(response, "Cross-Origin-Opener-Policy") == "same-origin", $"{what}: Cross-Origin-Opener-Policy");
    }

    static string Policy(HttpResponseMessage response) => Header(response, "Content-Security-Policy");

    static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "(missing)";

    [GeneratedRegex("\\sstyle\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    // a <script> element without a src attribute
    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("\\son[a-z]+\\s*=\\s*\"", RegexOptions.IgnoreCase)]
    private static partial Regex EventAttribute();
}
