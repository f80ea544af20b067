using Microsoft.AspNetCore.Identity;

namespace Insights.Site.Accounts;

/// <summary>A person who signs in to the site (ASP.NET Core Identity's user, with the two flags the site adds).</summary>
public sealed class InsightsUser : IdentityUser
{
    /// <summary>Set for a one-time password (the first admin's, a new user's, a reset): every page asks for a new one first.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>Disabled by an admin: cannot sign in, and an open session ends at its next security-stamp check.</summary>
    public bool Disabled { get; set; }
}
