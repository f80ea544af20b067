using System.ComponentModel.DataAnnotations;
using Insights.Reports.Access;
using Insights.Site.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Insights.Site.Pages.Admin.Users;

/// <summary>
/// User management (admin): create a user, assign roles, disable or enable, reset a password. New and reset passwords are
/// one-time passwords, shown once on the page that made them and changed at the user's first sign-in.
/// </summary>
public sealed class IndexModel(UserManager<InsightsUser> users, TimeProvider time) : PageModel
{
    /// <summary>One account as the table shows it.</summary>
    public sealed record Row(string Id, string UserName, string? Email, IReadOnlyList<string> Roles, bool Disabled,
        DateTimeOffset? LockedUntil, bool MustChangePassword);

    /// <summary>Every account, by name.</summary>
    public IReadOnlyList<Row> Accounts { get; private set; } = [];

    /// <summary>The new user's name (create form).</summary>
    [BindProperty, StringLength(64, MinimumLength = 2), RegularExpression(@"^[A-Za-z0-9._@-]+$",
        ErrorMessage = "A user name has 2 to 64 letters, digits and . _ @ - only.")]
    [Display(Name = "User name")]
    public string? NewUserName { get; set; }

    /// <summary>The new user's e-mail (optional).</summary>
    [BindProperty, EmailAddress, StringLength(256), Display(Name = "E-mail (optional)")]
    public string? NewEmail { get; set; }

    /// <summary>Roles ticked in a form (create, or a row's roles).</summary>
    [BindProperty] public List<string> SelectedRoles { get; set; } = [];

    /// <summary>What the last action did (a one-time password is in it once, never stored).</summary>
    public string? Outcome { get; private set; }

    /// <summary>Why the last action was refused.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>Lists the accounts.</summary>
    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>Creates a user with the ticked roles and a one-time password.</summary>
    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (string.IsNullOrWhiteSpace(NewUserName)) ModelState.AddModelError(nameof(NewUserName), "Enter a user name.");
        if (!ModelState.IsValid) return await Refused([.. ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)]);
        var password = OneTimePassword.New();
        var user = new InsightsUser { UserName = NewUserName, Email = NewEmail, MustChangePassword = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return await Refused(created);
        var roles = await users.AddToRolesAsync(user, KnownRoles());
        if (!roles.Succeeded) return await Refused(roles);
        return await Done($"Created {user.UserName}. One-time password (shown only now; they choose their own at first sign-in): {password}");
    }

    /// <summary>Replaces a user's roles with the ticked ones.</summary>
    public async Task<IActionResult> OnPostRolesAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        var wanted = KnownRoles();
        if (IsSelf(user) && !wanted.Contains(Roles.Admin)) return await Refused(["You cannot take the admin role from yourself."]);
        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(wanted));
        if (!removed.Succeeded) return await Refused(removed);
        var added = await users.AddToRolesAsync(user, wanted.Except(current));
        if (!added.Succeeded) return await Refused(added);
        // No new security stamp: that would end the user's open sessions instead. With the stamp unchanged, each session's next
        // check (Auth:SessionCheckSeconds) rebuilds its claims from the store, so it picks up the new roles and stays signed in.
        return await Done($"{user.UserName} now has: {(wanted.Count == 0 ? "no role" : string.Join(", ", wanted))}.");
    }

    /// <summary>Disables a user: no sign-in, and open sessions end within a minute.</summary>
    public async Task<IActionResult> OnPostDisableAsync(string id) => await SetDisabled(id, true);

    /// <summary>Enables a disabled user again.</summary>
    public async Task<IActionResult> OnPostEnableAsync(string id) => await SetDisabled(id, false);

    /// <summary>Gives a user a new one-time password and lifts a lockout.</summary>
    public async Task<IActionResult> OnPostResetAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        var password = OneTimePassword.New();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded) return await Refused(reset);
        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return await Done($"New one-time password for {user.UserName} (shown only now): {password}");
    }

    async Task<IActionResult> SetDisabled(string id, bool disabled)
    {
        if (await users.FindByIdAsync(id) is not { } user) return NotFound();
        if (disabled && IsSelf(user)) return await Refused(["You cannot disable yourself."]);
        user.Disabled = disabled;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) return await Refused(updated);
        await users.UpdateSecurityStampAsync(user);
        return await Done(disabled ? $"Disabled {user.UserName}." : $"Enabled {user.UserName}.");
    }

    // only the site's own roles, whatever a crafted form sends
    List<string> KnownRoles() => Roles.All.Where(SelectedRoles.Contains).ToList();

    bool IsSelf(InsightsUser user) => user.Id == users.GetUserId(User);

    async Task<IActionResult> Done(string outcome)
    {
        Outcome = outcome;
        Response.Headers.CacheControl = "no-store";   // the page may carry a one-time password
        ModelState.Clear();
        NewUserName = NewEmail = null;
        SelectedRoles = [];
        await LoadAsync();
        return Page();
    }

    Task<IActionResult> Refused(IdentityResult result) => Refused([.. result.Errors.Select(e => e.Description)]);

    async Task<IActionResult> Refused(IReadOnlyList<string> problems)
    {
        Problems = problems;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync();
        return Page();
    }

    async Task LoadAsync()
    {
        var rows = new List<Row>();
        foreach (var user in await users.Users.OrderBy(u => u.UserName).ToListAsync(HttpContext.RequestAborted))
            rows.Add(new Row(user.Id, user.UserName ?? "", user.Email, [.. await users.GetRolesAsync(user)], user.Disabled,
                user.LockoutEnd > time.GetUtcNow() ? user.LockoutEnd : null, user.MustChangePassword));
        Accounts = rows;
    }
}
