using Microsoft.AspNetCore.Diagnostics;

namespace Insights.Site.Accounts;

/// <summary>
/// While a signed-in user's password is a one-time one (<see cref="InsightsClaimsFactory.MustChangePasswordClaim"/>), every
/// request but the account pages and static files goes to the change-password page (a download or a post gets 403).
/// </summary>
public sealed class PasswordChangeGate(RequestDelegate next)
{
    /// <summary>The change-password page.</summary>
    public const string PasswordPage = "/account/password";

    /// <summary>Lets the request through, or sends it to <see cref="PasswordPage"/>.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(c => c.Type == InsightsClaimsFactory.MustChangePasswordClaim)
            && !context.Request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase)
            // the status and error pages re-executed for a refusal (this gate's own 403 among them) only explain it
            && context.Features.Get<IStatusCodeReExecuteFeature>() is null
            && context.Features.Get<IExceptionHandlerPathFeature>() is null)
        {
            if (PageNavigation.Is(context.Request))
                context.Response.Redirect(PasswordPage + "?returnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
            else
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }
        return next(context);
    }
}
