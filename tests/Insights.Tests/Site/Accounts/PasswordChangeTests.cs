using System.Net;

namespace Insights.Tests.Site.Accounts;

/// <summary>
/// The change-password page: it refuses a wrong current password, two new ones that differ, the current one again and one the
/// rules refuse, each with its reason; a change keeps this session and ends the user's others.
/// </summary>
public sealed class PasswordChangeTests : IClassFixture<PasswordChangeTests.Site>, IDisposable
{
    const string Page = "/account/password";

    public sealed class Site : IDisposable
    {
        public AccountsSite Factory { get; } = new(new Dictionary<string, string?> { ["Auth:SessionCheckSeconds"] = "0" });

        public void Dispose() => Factory.Dispose();
    }

    readonly AccountsSite _site;
    readonly List<HttpClient> _clients = [];

    public PasswordChangeTests(Site site) => _site = site.Factory;

    // every client of this class is made here
    HttpClient SignedIn(string user, string? password = null) => Keep(_site.SignedIn(user, password));

    HttpClient Visitor() => Keep(_site.Visitor());

    HttpClient Keep(HttpClient client)
    {
        _clients.Add(client);
        return client;
    }

    static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string next, string? confirm = null) =>
        AccountsSite.PostAsync(client, Page, new Dictionary<string, string>
        {
            ["Current"] = current,
            ["New"] = next,
            ["Confirm"] = confirm ?? next,
        });

    [Theory]
    [InlineData("wrong", "New-password-42!", null, "Incorrect password.")]
    [InlineData("right", "New-password-42!", "New-password-43!", "The two new passwords differ.")]
    [InlineData("right", "right", null, "Choose a password other than the current one.")]
    [InlineData("right", "short1!A", null, "Passwords must be at least 10 characters.")]
    [InlineData("right", "nouppercase-or-digit", null, "Passwords must have at least one digit")]
    public async Task A_change_the_rules_refuse_says_why_and_keeps_the_old_password(string current, string next, string? confirm, string reason)
    {
        var name = "refused-" + Guid.NewGuid().ToString("N")[..8];
        _site.AddUser(name, Roles.Marketing);
        var client = SignedIn(name);
        string Real(string value) => value == "right" ? SignIn.Password : value == "wrong" ? "Not-the-password-1!" : value;

        using var response = await ChangeAsync(client, Real(current), Real(next), confirm);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(reason, System.Net.WebUtility.HtmlDecode(html));
        Assert.Equal(HttpStatusCode.Redirect, (await AccountsSite.TrySignInAsync(Visitor(), name, SignIn.Password)).Status);
    }

    [Fact]
    public async Task A_change_keeps_this_session_and_ends_the_users_other_sessions()
    {
        const string chosen = "Changed-password-77!";
        _site.AddUser("changer", Roles.Marketing);
        var here = SignedIn("changer");
        var elsewhere = SignedIn("changer");

        using var change = await ChangeAsync(here, SignIn.Password, chosen);

        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/")).StatusCode);
        using var other = await elsewhere.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Equal("/account/sign-in", other.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, (await AccountsSite.TrySignInAsync(Visitor(), "changer", chosen)).Status);
    }

    public void Dispose()
    {
        foreach (var client in _clients) client.Dispose();
    }
}
