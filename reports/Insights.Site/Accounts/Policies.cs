using Insights.Reports.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Insights.Site.Accounts;

/// <summary>The authorization policies. Every endpoint needs one: the fallback applies wherever no other is named.</summary>
public static class Policies
{
    /// <summary>ETL runs, "Load now", the quarantine browser, the Hangfire dashboard, user management, the export log.</summary>
    public const string Admin = "admin";

    /// <summary>The account's own pages (change password, sign out): any signed-in user, with or without a role.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>
    /// The readiness check (<c>/healthz/ready</c>): a caller on this machine (loopback: docker compose's health check runs inside the
    /// container) without an account, anyone else as <see cref="Reader"/>. Behind a proxy named in Proxy:KnownProxies the caller is
    /// the forwarded client, so the proxy's own loopback address opens nothing.
    /// </summary>
    public const string Readiness = "readiness";

    /// <summary>The fallback: a signed-in user with one of the roles (every report; what a role sees of a customer differs).</summary>
    public static AuthorizationPolicy Reader { get; } =
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(Roles.All).Build();

    /// <summary>Adds the named policies and makes <see cref="Reader"/> the fallback.</summary>
    public static void Add(AuthorizationOptions options)
    {
        options.FallbackPolicy = Reader;
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Readiness, p => p.RequireAssertion(context =>
            context.Resource is HttpContext { Connection.RemoteIpAddress: { } caller } && System.Net.IPAddress.IsLoopback(caller)
            || context.User.Identity?.IsAuthenticated == true && Roles.All.Any(context.User.IsInRole)));
    }
}
