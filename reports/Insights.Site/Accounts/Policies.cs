using Insights.Reports.Access;
using Microsoft.AspNetCore.Authorization;

namespace Insights.Site.Accounts;

/// <summary>The authorization policies. Every endpoint needs one: the fallback applies wherever no other is named.</summary>
public static class Policies
{
    /// <summary>ETL runs, "Load now", the quarantine browser, the Hangfire dashboard, user management, the export log.</summary>
    public const string Admin = "admin";

    /// <summary>The account's own pages (change password, sign out): any signed-in user, with or without a role.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>The fallback: a signed-in user with one of the roles (every report; what a role sees of a customer differs).</summary>
    public static AuthorizationPolicy Reader { get; } =
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(Roles.All).Build();

    /// <summary>Adds the named policies and makes <see cref="Reader"/> the fallback.</summary>
    public static void Add(AuthorizationOptions options)
    {
        options.FallbackPolicy = Reader;
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
    }
}
