using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Insights.Site.Accounts;

/// <summary>Identity's claims (name, roles, security stamp), plus a claim while the password is a one-time one.</summary>
public sealed class InsightsClaimsFactory(UserManager<InsightsUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<InsightsUser, IdentityRole>(users, roles, options)
{
    /// <summary>Present while the user must choose a new password (<see cref="InsightsUser.MustChangePassword"/>).</summary>
    public const string MustChangePasswordClaim = "insights:must-change-password";

    /// <inheritdoc />
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(InsightsUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.MustChangePassword) identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        return identity;
    }
}
