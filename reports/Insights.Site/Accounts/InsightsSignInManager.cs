using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Insights.Site.Accounts;

/// <summary>Identity's sign-in, refusing a disabled account (<see cref="InsightsUser.Disabled"/>).</summary>
public sealed class InsightsSignInManager(UserManager<InsightsUser> users, IHttpContextAccessor context,
    IUserClaimsPrincipalFactory<InsightsUser> claims, IOptions<IdentityOptions> options, ILogger<SignInManager<InsightsUser>> logger,
    IAuthenticationSchemeProvider schemes, IUserConfirmation<InsightsUser> confirmation)
    : SignInManager<InsightsUser>(users, context, claims, options, logger, schemes, confirmation)
{
    /// <inheritdoc />
    public override async Task<bool> CanSignInAsync(InsightsUser user) => !user.Disabled && await base.CanSignInAsync(user);
}
