using System.Net;
using Insights.Site.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Insights.Tests.Site.Security;

/// <summary>
/// Behind a TLS-terminating proxy named in Proxy:KnownProxies, a sign-in that reached the proxy over HTTPS
/// (<c>X-Forwarded-Proto: https</c>) gets a Secure sign-in cookie; the same header from anyone else is not believed.
/// Proxy:ForceSecureCookies marks the cookies Secure whatever the scheme.
/// </summary>
public sealed class ForwardedProxyTests(PeerSiteFixture fixture) : IClassFixture<PeerSiteFixture>
{
    // signs the test marketing user in from `peer` with `headers` on both requests; the sign-in cookie's attributes, lower-case
    async Task<IReadOnlyList<string>> SignInCookieAsync(string peer, params (string, string)[] headers)
    {
        var site = fixture.Site;
        var user = SignIn.EnsureUser(site.Services, Roles.Marketing);
        using var client = site.Client();
        using var form = await client.SendAsync(PeerSite.Request(HttpMethod.Get, "/account/sign-in", peer, headers));
        form.EnsureSuccessStatusCode();
        var cookies = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        using var post = PeerSite.Request(HttpMethod.Post, "/account/sign-in", peer, [.. headers, ("Cookie", cookies)]);
        post.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user,
            ["Password"] = SignIn.Password,
            ["__RequestVerificationToken"] = SignIn.Token(await form.Content.ReadAsStringAsync()),
        });
        using var response = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);   // signed in
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("insights.auth=", StringComparison.Ordinal));
        return [.. cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant())];
    }

    [Fact]
    public async Task Https_forwarded_by_the_configured_proxy_makes_the_sign_in_cookie_secure()
    {
        var attributes = await SignInCookieAsync(PeerSite.Proxy, ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "203.0.113.7"));

        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
    }

    [Fact]
    public async Task Https_claimed_by_anyone_else_is_not_believed()
    {
        Assert.DoesNotContain("secure", await SignInCookieAsync("10.0.0.9", ("X-Forwarded-Proto", "https")));
        Assert.DoesNotContain("secure", await SignInCookieAsync(PeerSite.Proxy));   // the proxy, over plain HTTP
    }

    [Fact]
    public async Task Behind_the_proxy_the_caller_is_the_forwarded_client_so_the_proxy_does_not_count_as_this_machine()
    {
        using var client = fixture.Site.Client();
        using var viaProxy = await client.SendAsync(PeerSite.Request(HttpMethod.Get, "/healthz/ready", PeerSite.Proxy, ("X-Forwarded-For", "127.0.0.1, 203.0.113.7")));
        Assert.Equal(HttpStatusCode.Redirect, viaProxy.StatusCode);   // the last hop (what the proxy saw) is a stranger: sign in first
        using var local = await client.SendAsync(PeerSite.Request(HttpMethod.Get, "/healthz/ready", PeerSite.Proxy, ("X-Forwarded-For", "127.0.0.1")));
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);   // a client on the proxy's machine, which is this one in the test
    }

    [Fact]
    public void Force_secure_cookies_marks_both_cookies_secure_and_a_bad_proxy_address_stops_the_start()
    {
        static ServiceProvider Services(string key, string value)
        {
            var builder = WebApplication.CreateBuilder();
            builder.Configuration[key] = value;
            builder.AddSiteSecurity();
            builder.Services.AddAuthentication().AddCookie(IdentityConstants.ApplicationScheme);
            return builder.Services.BuildServiceProvider();
        }

        using (var forced = Services("Proxy:ForceSecureCookies", "true"))
        {
            Assert.Equal(CookieSecurePolicy.Always,
                forced.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme).Cookie.SecurePolicy);
            Assert.Equal(CookieSecurePolicy.Always, forced.GetRequiredService<IOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>>().Value.Cookie.SecurePolicy);
        }
        using (var plain = Services("Proxy:ForceSecureCookies", "false"))
            Assert.Equal(CookieSecurePolicy.SameAsRequest,
                plain.GetRequiredService<IOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>>().Value.Cookie.SecurePolicy);
        using var bad = Services("Proxy:KnownNetworks:0", "10.0.0.0/99");
        var refused = Assert.Throws<OptionsValidationException>(() => bad.GetRequiredService<IOptions<ProxyOptions>>().Value);
        Assert.Contains("10.0.0.0/99", refused.Message);
    }
}
