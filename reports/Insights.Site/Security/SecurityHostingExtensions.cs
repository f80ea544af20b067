using Insights.Site.Routing;
using Microsoft.Extensions.Options;

namespace Insights.Site.Security;

/// <summary>The site's hardening: security headers, method refusal, anti-forgery cookie, error and status pages.</summary>
public static class SecurityHostingExtensions
{
    /// <summary>Registers the header policy, the unhandled-method filter and the anti-forgery cookie's settings.</summary>
    public static WebApplicationBuilder AddSiteSecurity(this WebApplicationBuilder builder)
    {
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
    /// The first middleware: security headers on every response; then, outside Development, the error page (no stack trace),
    /// and for every error status without a body of its own a small status page.
    /// </summary>
    public static WebApplication UseSiteSecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        return app;
    }
}
