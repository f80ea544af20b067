using Insights.Etl.Jobs;
using Insights.Site.Routing;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Insights.Site.Security;

/// <summary>
/// The site's hardening: security headers, method refusal, anti-forgery cookie, error and status pages, and the forwarded headers
/// of a TLS-terminating proxy (<see cref="ProxyOptions"/>).
/// </summary>
public static class SecurityHostingExtensions
{
    /// <summary>Registers the header policy, the unhandled-method filter and the anti-forgery cookie's settings.</summary>
    public static WebApplicationBuilder AddSiteSecurity(this WebApplicationBuilder builder)
    {
        // first of the startup filters: the headers go on the host filter's 400 too (issue 16: "on every response")
        builder.Services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, SecurityHeadersStartupFilter>());
        builder.Services.AddSingleton(sp => new SecurityHeaderPolicy
        {
            DashboardPath = sp.GetRequiredService<IOptions<HangfireOptions>>().Value.DashboardPath,
        });
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(new UnhandledMethodFilter()));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the request came over HTTPS; over plain HTTP (the loopback default) a Secure cookie would never return
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ProxyOptions>, ProxyOptionsValidator>();
        // behind a proxy the site cannot see is HTTPS (its address unknown): Proxy:ForceSecureCookies marks both cookies Secure
        builder.Services.AddOptions<AntiforgeryOptions>().PostConfigure<IOptions<ProxyOptions>>((o, proxy) =>
        {
            if (proxy.Value.ForceSecureCookies) o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        });
        builder.Services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).PostConfigure<IOptions<ProxyOptions>>((o, proxy) =>
        {
            if (proxy.Value.ForceSecureCookies) o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        });
        return builder;
    }

    /// <summary>
    /// With proxies named in <see cref="ProxyOptions"/>, believes their <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c> (the
    /// last hop only), so a request that reached the proxy over HTTPS gets Secure cookies (SameAsRequest) and the client address
    /// is the real client's. Without them (the default), forwarded headers are ignored: anyone could send one.
    /// </summary>
    public static WebApplication UseSiteForwardedHeaders(this WebApplication app)
    {
        var proxy = app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value;
        if (!proxy.TrustsForwardedHeaders) return app;
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedFor };
        // only the configured ones: not the loopback defaults, which would let any process on the machine claim HTTPS
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var address in proxy.ProxyAddresses()) options.KnownProxies.Add(address);
        foreach (var network in proxy.ProxyNetworks()) options.KnownIPNetworks.Add(network);
        app.UseForwardedHeaders(options);
        return app;
    }

    /// <summary>
    /// Outside Development, the error page (no stack trace), and for every error status without a body of its own a small
    /// status page. (The security headers come first of all, from <see cref="SecurityHeadersStartupFilter"/>.)
    /// </summary>
    public static WebApplication UseSiteSecurity(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        return app;
    }
}
