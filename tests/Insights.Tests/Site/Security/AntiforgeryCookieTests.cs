using Microsoft.AspNetCore.Mvc.Testing;

namespace Insights.Tests.Site.Security;

/// <summary>The anti-forgery cookie (set by any page with a form, here the sign-in page): HttpOnly, SameSite=Strict, Secure over HTTPS.</summary>
public sealed class AntiforgeryCookieTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    // the in-memory server takes the scheme from the client's address, so one site answers as if over HTTP and over HTTPS
    HttpClient Client(string scheme) => site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"{scheme}://localhost") });

    [Fact]
    public async Task Over_http_the_cookie_is_http_only_and_same_site_strict_without_secure()
    {
        var attributes = await AntiforgeryCookieAsync(Client("http"));

        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.DoesNotContain("secure", attributes);   // over plain HTTP a Secure cookie would never come back
    }

    [Fact]
    public async Task Over_https_the_cookie_is_also_secure()
    {
        var attributes = await AntiforgeryCookieAsync(Client("https"));

        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("secure", attributes);
    }

    // the cookie's attributes (after its name=value), lower-case
    static async Task<IReadOnlyList<string>> AntiforgeryCookieAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/account/sign-in");
        response.EnsureSuccessStatusCode();
        Assert.Contains("__RequestVerificationToken", await response.Content.ReadAsStringAsync());
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        var cookie = cookies.Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        return [.. cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant())];
    }
}
