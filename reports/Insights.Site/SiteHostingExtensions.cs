using Hangfire;
using Insights.Etl.Jobs;
using Insights.Site.Accounts;
using Insights.Site.Health;
using Insights.Site.Security;
using Microsoft.Extensions.Options;

namespace Insights.Site;

/// <summary>The site's own wiring: Razor Pages, hardening, health checks, Hangfire (storage, server, dashboard).</summary>
public static class SiteHostingExtensions
{
    /// <summary>
    /// Adds Razor Pages and Hangfire with in-memory storage, or PostgreSQL storage when configured; a read replica
    /// (<paramref name="readReplica"/>) runs no job server.
    /// </summary>
    public static WebApplicationBuilder AddSite(this WebApplicationBuilder builder, bool readReplica = false)
    {
        builder.Services.AddRazorPages(o =>
        {
            // every page needs the fallback policy (a signed-in user with a role) unless it names another here
            o.Conventions.AuthorizeFolder("/Etl", Policies.Admin);
            o.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
            o.Conventions.AuthorizeFolder("/Account", Policies.SignedIn);
            o.Conventions.AllowAnonymousToPage("/Account/SignIn");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AllowAnonymousToPage("/Status");
        });
        builder.AddSiteSecurity();
        builder.AddSiteCompression();
        builder.AddSiteHealth();
        var hangfire = builder.AddJobStorage();
        // A read replica runs no job (its pages still resolve the client, and refuse to enqueue).
        if (!readReplica) builder.AddOwnerJobServer(hangfire);
        return builder;
    }

    /// <summary>Maps the pages, the health checks and the dashboard, behind the security headers and error pages.</summary>
    public static WebApplication UseSite(this WebApplication app)
    {
        app.UseSiteForwardedHeaders();   // first: everything after sees the scheme and client the proxy saw (when one is configured)
        app.UseResponseCompression();   // the error and status pages it re-executes are compressed too
        app.UseSiteSecurity();
        app.UseStaticFiles();   // before authorization: the style sheet and scripts are public, as the sign-in page needs them
        app.UseRouting();
        app.UseAccounts();
        app.MapRazorPages();
        app.MapSiteHealth();
        if (SiteModeConfiguration.IsReadReplica(app.Configuration)) return app;   // a read replica has no jobs to show
        // The dashboard is an endpoint like the pages: admins only, by role (not Hangfire's "local requests only", which a port
        // mapping or a DNS-rebinding page gets around); its own filter checks the role again.
        app.MapHangfireDashboard(app.Services.GetRequiredService<IOptions<HangfireOptions>>().Value.DashboardPath,
                new DashboardOptions { Authorization = [new AdminDashboardAuthorization()] })
            .RequireAuthorization(Policies.Admin);
        return app;
    }
}
