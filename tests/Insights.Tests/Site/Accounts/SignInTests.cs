using System.Net;

namespace Insights.Tests.Site.Accounts;

/// <summary>
/// Signing in and out through the real site: lockout after Auth:MaxFailedSignIns failures, the per-client rate limit, sign-out
/// only by a POST with its token, no redirect to another site after signing in, and anti-forgery on every form of the site.
/// </summary>
public sealed class SignInTests : IClassFixture<SignInTests.Site>, IDisposable
{
    const int MaxFailures = 3;

    public sealed class Site() : IDisposable
    {
        public AccountsSite Factory { get; } = new(new Dictionary<string, string?>
        {
            ["Auth:MaxFailedSignIns"] = MaxFailures.ToString(),
            ["Auth:SessionCheckSeconds"] = "0",   // a session checks its account at every request: an ended one is seen at once
        });

        public void Dispose() => Factory.Dispose();
    }

    readonly AccountsSite _site;
    readonly List<HttpClient> _clients = [];

    public SignInTests(Site site) => _site = site.Factory;

    // every client of this class is made here
    HttpClient Visitor() => Keep(_site.Visitor());

    HttpClient SignedIn(string user) => Keep(_site.SignedIn(user));

    HttpClient Keep(HttpClient client)
    {
        _clients.Add(client);
        return client;
    }

    [Fact]
    public async Task After_the_configured_failures_the_account_is_locked_and_even_the_right_password_is_refused()
    {
        _site.AddUser("lock-me", Roles.Marketing);
        var client = Visitor();

        for (var i = 0; i < MaxFailures; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await AccountsSite.TrySignInAsync(client, "lock-me", "Wrong-password-1!")).Status);
        var right = await AccountsSite.TrySignInAsync(client, "lock-me", SignIn.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, right.Status);
        Assert.Contains("this account is locked", right.Problem);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);   // still not signed in
    }

    [Fact]
    public async Task Failures_below_the_limit_do_not_lock_and_a_good_sign_in_clears_them()
    {
        _site.AddUser("almost", Roles.Marketing);
        var client = Visitor();

        for (var i = 0; i < MaxFailures - 1; i++) await AccountsSite.TrySignInAsync(client, "almost", "Wrong-password-1!");
        var right = await AccountsSite.TrySignInAsync(client, "almost", SignIn.Password);

        Assert.Equal(HttpStatusCode.Redirect, right.Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_user_and_a_wrong_password_read_the_same()
    {
        _site.AddUser("known", Roles.Marketing);

        var unknown = await AccountsSite.TrySignInAsync(Visitor(), "nobody-here", "Wrong-password-1!");
        var wrong = await AccountsSite.TrySignInAsync(Visitor(), "known", "Wrong-password-1!");

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.Status);
        Assert.Equal(unknown.Problem, wrong.Problem);
    }

    [Fact]
    public async Task A_disabled_account_is_named_disabled_only_to_someone_with_its_password()
    {
        _site.AddUser("switched-off", Roles.Marketing);
        _site.Disable("switched-off");

        var guess = await AccountsSite.TrySignInAsync(Visitor(), "switched-off", "Wrong-password-1!");
        var owner = await AccountsSite.TrySignInAsync(Visitor(), "switched-off", SignIn.Password);
        var unknown = await AccountsSite.TrySignInAsync(Visitor(), "nobody-at-all", "Wrong-password-1!");

        Assert.Equal(HttpStatusCode.Unauthorized, guess.Status);
        Assert.Equal(unknown.Problem, guess.Problem);
        Assert.Equal(HttpStatusCode.Unauthorized, owner.Status);
        Assert.Equal("This account is disabled. Ask an admin.", owner.Problem);
    }

    [Fact]
    public async Task Sign_in_posts_past_the_per_minute_permits_get_429()
    {
        // a site of its own: its limiter's window must not be shared with the other tests' sign-ins
        using var site = new AccountsSite(new Dictionary<string, string?> { ["Auth:SignInPermitsPerMinute"] = "3" });
        using var client = site.Visitor();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await AccountsSite.TrySignInAsync(client, "nobody", "Wrong-password-1!")).Status);
        using var form = await client.GetAsync("/account/sign-in");

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);   // showing the form is not an attempt
    }

    [Fact]
    public async Task Sign_out_ends_the_session_only_by_a_post_with_its_token()
    {
        _site.AddUser("leaver", Roles.Marketing);
        var client = SignedIn("leaver");

        using var get = await client.GetAsync("/account/sign-out");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);   // a GET (a link, an image) signs nobody out
        using var forged = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        using var signOut = await AccountsSite.PostAsync(client, "/", [], "/account/sign-out");

        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/account/sign-in", signOut.Headers.Location?.OriginalString);
        using var after = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/account/sign-in", after.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_copy_of_the_session_cookie_is_worthless_after_sign_out()
    {
        _site.AddUser("copied", Roles.Marketing);
        var client = Visitor();
        using var signIn = await SignIn.PostFormAsync(client, "copied", SignIn.Password);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("insights.auth=", StringComparison.Ordinal)).Split(';')[0];
        var replay = Keep(_site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }));
        replay.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await replay.GetAsync("/")).StatusCode);   // the copy works while the session lasts

        using (await AccountsSite.PostAsync(client, "/", [], "/account/sign-out")) { }
        using var after = await replay.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/account/sign-in", after.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https:evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task A_return_url_to_another_site_lands_on_the_home_page(string returnUrl)
    {
        var client = Visitor();
        var form = await client.GetStringAsync("/account/sign-in?ReturnUrl=" + Uri.EscapeDataString(returnUrl));

        using var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = SignIn.UserOf(Roles.Admin),
            ["Password"] = SignIn.Password,
            ["ReturnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = SignIn.Token(form),
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_local_return_url_is_where_signing_in_leads()
    {
        var client = Visitor();
        using var page = await client.GetAsync("/loyalty?view=cohorts");
        var signInUrl = page.Headers.Location!;
        var form = await client.GetStringAsync(signInUrl);

        using var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = SignIn.UserOf(Roles.Admin),
            ["Password"] = SignIn.Password,
            ["ReturnUrl"] = "/loyalty?view=cohorts",
            ["__RequestVerificationToken"] = SignIn.Token(form),
        }));

        Assert.Contains("ReturnUrl=%2Floyalty%3Fview%3Dcohorts", signInUrl.OriginalString);
        Assert.Equal("/loyalty?view=cohorts", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Every_form_post_of_the_site_without_its_token_gets_400()
    {
        // as admin, so authorization lets every post through to the anti-forgery check
        var admin = SignedIn(SignIn.UserOf(Roles.Admin));
        var posts = SiteEndpoints.Of(_site.Services)
            .SelectMany(e => e.PostHandlers.Select(h => h.Length == 0 ? e.Url : $"{e.Url}?handler={h}")).ToList();
        var accepted = new List<string>();

        foreach (var url in posts)
        {
            using var response = await admin.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["source"] = "operational" }));
            if (response.StatusCode != HttpStatusCode.BadRequest) accepted.Add($"{url}: {(int)response.StatusCode}");
        }

        Assert.Contains("/etl/runs?handler=Load", posts);
        Assert.Contains("/account/sign-in", posts);
        Assert.Contains("/admin/users?handler=Disable", posts);
        Assert.True(accepted.Count == 0, "posts without an anti-forgery token were not refused:\n" + string.Join("\n", accepted));
    }

    public void Dispose()
    {
        foreach (var client in _clients) client.Dispose();
    }
}
