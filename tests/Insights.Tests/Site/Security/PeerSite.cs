using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Site.Security;

/// <summary>
/// A site (nothing loaded) whose in-memory server takes each request's client address from the test's <see cref="PeerHeader"/>
/// (the in-memory server has none of its own), behind a proxy named in its settings: <see cref="Proxy"/>. For the forwarded
/// headers and the loopback-only anonymous readiness check.
/// </summary>
public sealed class PeerSite() : SiteFactory(new TempFolder(), ownsFolder: true, settings: new Dictionary<string, string?>
{
    ["Proxy:KnownProxies:0"] = Proxy,
})
{
    /// <summary>The configured proxy's address.</summary>
    public const string Proxy = "10.0.0.5";

    /// <summary>The header carrying the address the request comes from (read before the site's own middleware).</summary>
    public const string PeerHeader = "X-Test-Peer";

    /// <summary>A client without cookies or redirects: each request says where it comes from and carries its own cookies.</summary>
    public HttpClient Client() => CreateDefaultClient();

    /// <summary>A request from <paramref name="peer"/> with <paramref name="headers"/> added.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string path, string peer, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add(PeerHeader, peer);
        foreach (var (name, value) in headers) request.Headers.Add(name, value);
        return request;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, PeerAddressFilter>());
    }
}

/// <summary>
/// Sets each request's client address from its <see cref="PeerSite.PeerHeader"/> (the in-memory server has none: null, which is
/// not loopback), before the site's own middleware.
/// </summary>
public sealed class PeerAddressFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[PeerSite.PeerHeader].ToString(), out var peer)) context.Connection.RemoteIpAddress = peer;
            context.Request.Headers.Remove(PeerSite.PeerHeader);
            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>A class fixture: one <see cref="PeerSite"/> for a test class.</summary>
public sealed class PeerSiteFixture : IDisposable
{
    public PeerSite Site { get; } = new();

    public void Dispose() => Site.Dispose();
}
