using Insights.Site.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Site.Pages.Account;

/// <summary>Signing out: a POST (anti-forgery checked), from the form in every page's header.</summary>
public sealed class SignOutModel(SignInManager<InsightsUser> signIn) : PageModel
{
    /// <summary>There is nothing to show: a GET goes back to the home page.</summary>
    public IActionResult OnGet() => LocalRedirect("/");

    /// <summary>
    /// Ends the session and shows the sign-in page. A new security stamp makes a copy of the session's cookie (a proxy log, a
    /// stolen cookie) worthless too, within Auth:SessionCheckSeconds; deleting the cookie alone would leave such a copy valid for
    /// the rest of its lifetime. The user's sessions on other devices end with it.
    /// </summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } user) await signIn.UserManager.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return LocalRedirect("/account/sign-in");
    }
}
