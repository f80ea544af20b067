using Insights.Site.Routing;
using Microsoft.Extensions.Options;

namespace Insights.Site.Security;

/// <summary>The site's hardening: security headers, method refusal, anti-forgery cookie, error and status pages.</summary>
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
        return builder;
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
