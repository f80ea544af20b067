using System.ComponentModel.DataAnnotations;
using Insights.Site.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Insights.Site.Pages.Account;

/// <summary>
/// The sign-in form, the one page open to everyone. Failed attempts count towards the account's lockout (Identity's); attempts
/// per client address are rate-limited (<see cref="AccountsHostingExtensions.SignInLimit"/>).
/// </summary>
[EnableRateLimiting(AccountsHostingExtensions.SignInLimit)]
public sealed class SignInModel(SignInManager<InsightsUser> signIn, IOptions<AuthOptions> options) : PageModel
{
    /// <summary>The user name.</summary>
    [BindProperty, Required(ErrorMessage = "Enter your user name."), StringLength(256)]
    [Display(Name = "User name")]
    public string UserName { get; set; } = "";

    /// <summary>The password (never echoed back).</summary>
    [BindProperty, Required(ErrorMessage = "Enter your password."), StringLength(256), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    /// <summary>Where to go after signing in: a local path only, never another site.</summary>
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    /// <summary>Why the last attempt failed, for the page.</summary>
    public string? Problem { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet() { }

    /// <summary>Checks the password; on success goes back to <see cref="ReturnUrl"/>.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(UserName, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        // Identity refuses a disabled account before it looks at the password: saying "disabled" to anyone would tell a guesser
        // which names exist, so only the account's owner (the right password) hears it
        Problem = result.IsLockedOut
            ? $"Too many failed attempts: this account is locked. Try again in {options.Value.LockoutMinutes} minutes, or ask an admin."
            : result.IsNotAllowed && await HasRightPasswordAsync() ? "This account is disabled. Ask an admin."
            : "The user name or password is not right.";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    async Task<bool> HasRightPasswordAsync() =>
        await signIn.UserManager.FindByNameAsync(UserName) is { } user && await signIn.UserManager.CheckPasswordAsync(user, Password);
}
