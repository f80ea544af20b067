using System.ComponentModel.DataAnnotations;
using Insights.Site.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Insights.Site.Pages.Account;

/// <summary>Changing one's password; after a one-time password (first start, a new user, a reset) every page leads here first.</summary>
public sealed class PasswordModel(UserManager<InsightsUser> users, SignInManager<InsightsUser> signIn) : PageModel
{
    /// <summary>The password now in use (the one-time one, after a reset).</summary>
    [BindProperty, Required(ErrorMessage = "Enter your current password."), StringLength(256), DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string Current { get; set; } = "";

    /// <summary>The new password.</summary>
    [BindProperty, Required(ErrorMessage = "Enter a new password."), StringLength(256), DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string New { get; set; } = "";

    /// <summary>The new password again.</summary>
    [BindProperty, Compare(nameof(New), ErrorMessage = "The two new passwords differ."), DataType(DataType.Password)]
    [Display(Name = "New password again")]
    public string Confirm { get; set; } = "";

    /// <summary>Where to go afterwards: a local path only.</summary>
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    /// <summary>Whether the site asks for the change (a one-time password) rather than the user.</summary>
    public bool Forced => User.HasClaim(c => c.Type == InsightsClaimsFactory.MustChangePasswordClaim);

    /// <summary>What the password rules or the current password said.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>Shows the form.</summary>
    public void OnGet() { }

    /// <summary>Changes the password, clears the one-time flag and renews the session's cookie.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (New == Current)
        {
            Problems = ["Choose a password other than the current one."];
            return Page();
        }
        var result = await users.ChangePasswordAsync(user, Current, New);
        if (!result.Succeeded)
        {
            Problems = result.Errors.Select(e => e.Description).ToList();
            return Page();
        }
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
