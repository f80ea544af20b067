using System.Net;

namespace Insights.Tests.Site.Accounts;

/// <summary>
/// The admin's user page through the real site: a new user gets a one-time password shown once, a change of roles reaches the
/// user's open session, disabling ends it and refuses sign-in, a reset gives a new one-time password and lifts a lockout, and an
/// admin can neither disable themselves nor drop their own admin role. Sessions check their account at every request here
/// (Auth:SessionCheckSeconds = 0), so "takes effect" is seen at once.
/// </summary>
public sealed class UserManagementTests : IClassFixture<UserManagementTests.Site>, IDisposable
{
    const string UsersPage = "/admin/users";

    public sealed class Site : IDisposable
    {
        public AccountsSite Factory { get; } = new(new Dictionary<string, string?>
        {
            ["Auth:SessionCheckSeconds"] = "0",
            ["Auth:MaxFailedSignIns"] = "2",
        });

        public void Dispose() => Factory.Dispose();
    }

    readonly AccountsSite _site;
    readonly List<HttpClient> _clients = [];

    public UserManagementTests(Site site) => _site = site.Factory;

    // every client of this class is made here
    HttpClient Admin() => Keep(_site.SignedIn(SignIn.UserOf(Roles.Admin)));

    HttpClient SignedIn(string user, string? password = null) => Keep(_site.SignedIn(user, password));

    HttpClient Visitor() => Keep(_site.Visitor());

    HttpClient Keep(HttpClient client)
    {
        _clients.Add(client);
        return client;
    }

    static Task<HttpResponseMessage> Act(HttpClient admin, string handler, string? id, IEnumerable<KeyValuePair<string, string>>? fields = null) =>
        AccountsSite.PostAsync(admin, UsersPage, fields ?? [], $"{UsersPage}?handler={handler}" + (id is null ? "" : "&id=" + Uri.EscapeDataString(id)));

    static IEnumerable<KeyValuePair<string, string>> RolesField(params string[] roles) => roles.Select(r => new KeyValuePair<string, string>("SelectedRoles", r));

    [Fact]
    public async Task A_new_user_gets_a_one_time_password_shown_once_and_must_change_it_at_first_sign_in()
    {
        var admin = Admin();

        using var created = await Act(admin, "Create", null, RolesField(Roles.Product).Prepend(new("NewUserName", "new-analyst")));
        var html = await created.Content.ReadAsStringAsync();
        var outcome = AccountsSite.OutcomeOf(html)!;
        var oneTime = AccountsSite.OneTimePasswordIn(outcome);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.StartsWith("Created new-analyst.", outcome);
        Assert.Contains("no-store", created.Headers.CacheControl?.ToString());
        Assert.DoesNotContain(oneTime, await admin.GetStringAsync(UsersPage));   // shown once, not stored for the list
        var user = SignedIn("new-analyst", oneTime);
        using var home = await user.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/account/password", home.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_user_name_that_exists_or_breaks_the_rules_is_refused_with_its_reason()
    {
        var admin = Admin();

        using var taken = await Act(admin, "Create", null, [new("NewUserName", SignIn.UserOf(Roles.Admin))]);
        using var odd = await Act(admin, "Create", null, [new("NewUserName", "<b>x</b>")]);

        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, odd.StatusCode);
        Assert.Contains("letters, digits", AccountsSite.ProblemOf(await odd.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_change_of_roles_reaches_the_users_open_session_which_stays_signed_in()
    {
        var id = _site.AddUser("promoted", Roles.Product);
        var user = SignedIn("promoted");
        var admin = Admin();
        Assert.Equal("/account/denied", await DeniedOrNull(user, "/etl/runs"));

        using (var promote = await Act(admin, "Roles", id, RolesField(Roles.Admin)))
            Assert.Equal(HttpStatusCode.OK, promote.StatusCode);
        using (var runs = await user.GetAsync("/etl/runs"))
            Assert.Equal(HttpStatusCode.OK, runs.StatusCode);   // the same session, now with admin's pages

        using (var demote = await Act(admin, "Roles", id, RolesField(Roles.Marketing)))
            Assert.Equal(HttpStatusCode.OK, demote.StatusCode);
        Assert.Equal("/account/denied", await DeniedOrNull(user, "/etl/runs"));
        using (var loyalty = await user.GetAsync("/loyalty"))
            Assert.Equal(HttpStatusCode.OK, loyalty.StatusCode);
    }

    // where a page sends a signed-in user it refuses (the "not for your role" page), or null when it does not redirect
    static async Task<string?> DeniedOrNull(HttpClient user, string page)
    {
        using var response = await user.GetAsync(page);
        return response.StatusCode == HttpStatusCode.Redirect ? response.Headers.Location!.AbsolutePath : null;
    }

    [Fact]
    public async Task A_role_the_site_does_not_know_is_ignored()
    {
        var id = _site.AddUser("crafted", Roles.Product);

        using var response = await Act(Admin(), "Roles", id, RolesField(Roles.Product, "superuser"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"crafted now has: {Roles.Product}.", AccountsSite.OutcomeOf(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_open_session_and_refuses_sign_in_until_enabled()
    {
        var id = _site.AddUser("leaving", Roles.Marketing);
        var user = SignedIn("leaving");
        var admin = Admin();
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/")).StatusCode);

        using (var disable = await Act(admin, "Disable", id)) Assert.Equal(HttpStatusCode.OK, disable.StatusCode);

        using var next = await user.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Equal("/account/sign-in", next.Headers.Location!.AbsolutePath);
        var refused = await AccountsSite.TrySignInAsync(Visitor(), "leaving", SignIn.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Contains("disabled", refused.Problem);

        using (var enable = await Act(admin, "Enable", id)) Assert.Equal(HttpStatusCode.OK, enable.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AccountsSite.TrySignInAsync(Visitor(), "leaving", SignIn.Password)).Status);
    }

    [Fact]
    public async Task A_reset_gives_a_new_one_time_password_lifts_the_lockout_and_ends_the_old_password()
    {
        var id = _site.AddUser("forgetful", Roles.Marketing);
        var client = Visitor();
        for (var i = 0; i < 2; i++) await AccountsSite.TrySignInAsync(client, "forgetful", "Wrong-password-1!");
        Assert.Contains("locked", (await AccountsSite.TrySignInAsync(client, "forgetful", SignIn.Password)).Problem);

        using var reset = await Act(Admin(), "Reset", id);
        var oneTime = AccountsSite.OneTimePasswordIn(AccountsSite.OutcomeOf(await reset.Content.ReadAsStringAsync())!);

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AccountsSite.TrySignInAsync(Visitor(), "forgetful", SignIn.Password)).Status);
        var user = SignedIn("forgetful", oneTime);
        using var home = await user.GetAsync("/");
        Assert.StartsWith("/account/password", home.Headers.Location!.OriginalString);   // a one-time password again
    }

    [Fact]
    public async Task An_admin_can_neither_disable_themselves_nor_drop_their_own_admin_role()
    {
        var admin = Admin();
        var self = _site.IdOf(SignIn.UserOf(Roles.Admin));

        using var disable = await Act(admin, "Disable", self);
        using var demote = await Act(admin, "Roles", self, RolesField(Roles.Marketing));

        Assert.Equal(HttpStatusCode.BadRequest, disable.StatusCode);
        Assert.Equal("You cannot disable yourself.", AccountsSite.ProblemOf(await disable.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, demote.StatusCode);
        Assert.Equal("You cannot take the admin role from yourself.", AccountsSite.ProblemOf(await demote.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/etl/runs")).StatusCode);
    }

    [Fact]
    public async Task An_action_on_an_unknown_user_is_404()
    {
        using var response = await Act(Admin(), "Disable", "no-such-id");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose()
    {
        foreach (var client in _clients) client.Dispose();
    }
}
