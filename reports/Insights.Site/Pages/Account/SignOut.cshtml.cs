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

    /// <summary>Ends the session and shows the sign-in page.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/account/sign-in");
    }
}
