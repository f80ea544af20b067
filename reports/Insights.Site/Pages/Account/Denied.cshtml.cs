using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Site.Pages.Account;

/// <summary>Shown (with 403) when a signed-in user asks for a page their roles do not open.</summary>
public sealed class DeniedModel : PageModel
{
    /// <summary>The page that was refused.</summary>
    public string? ReturnUrl { get; private set; }

    /// <summary>Shows who is signed in and which page was refused.</summary>
    public void OnGet(string? returnUrl)
    {
        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null;
        Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
