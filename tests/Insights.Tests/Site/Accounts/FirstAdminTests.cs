using System.Net;
using System.Text.RegularExpressions;
using Insights.Site.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Site.Accounts;

/// <summary>
/// The first start of a real site process, as an operator meets it: with no Auth:InitialAdminPassword it creates "admin" with a
/// one-time password printed once to its console, and the first sign-in with it must choose a new one before anything else; a
/// second start creates and prints nothing. With Auth:InitialAdminPassword no change is asked for.
/// </summary>
public sealed partial class FirstAdminTests : IDisposable
{
    readonly TempFolder _folder = new();
    readonly List<HttpClient> _clients = [];

    // as an operator starts it: no initial password configured (empty overrides the test processes' default), nothing loaded
    Dictionary<string, string> Environment() => new()
    {
        ["Etl__SourcesFolder"] = Directory.CreateDirectory(_folder.File("sources")).FullName,
        ["Auth__InitialAdminPassword"] = "",
        ["Warehouse__DatabasePath"] = _folder.File("insights.duckdb"),
        ["Etl__RunOnStart"] = "false",
        ["Demo__GenerateOnFirstStart"] = "false",
        ["Reports__WarmUp__Enabled"] = "false",
        ["Hangfire__PostgresConnectionString"] = "",
    };

    // every client of this class is made here: cookies kept, redirects not followed
    HttpClient Client(Uri site)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
            { BaseAddress = site, Timeout = TimeSpan.FromSeconds(30) };
        _clients.Add(client);
        return client;
    }

    [Fact]
    public async Task First_start_prints_a_one_time_password_once_and_its_sign_in_must_change_it_before_anything_else()
    {
        const string chosen = "Chosen-by-the-operator-7!";
        string oneTime;
        using (var site = new SiteProcess(_folder.Path, Environment()))
        {
            await site.WaitUntilServingAsync(TimeSpan.FromMinutes(1));
            oneTime = OneTimePassword().Match(site.Output) is { Success: true } m ? m.Groups[1].Value
                : throw new Xunit.Sdk.XunitException("no one-time password on the console:\n" + site.Output);
            // once: not again in the log line that says it was made
            Assert.Single(Regex.Matches(site.Output, Regex.Escape(oneTime)));

            var client = Client(site.BaseAddress);
            using var signIn = await SignIn.PostFormAsync(client, AccountsInitializer.FirstAdmin, oneTime);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

            // every page leads to the password page, and a download is refused outright
            foreach (var page in new[] { "/", "/loyalty", "/etl/runs", "/admin/users", "/hangfire" })
            {
                using var response = await client.GetAsync(page);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal(PasswordChangeGate.PasswordPage, response.Headers.Location!.OriginalString.Split('?')[0]);
            }
            using (var download = await client.GetAsync("/loyalty?handler=Csv"))
                Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
            var form = await client.GetStringAsync("/account/password?returnUrl=%2Floyalty");
            Assert.Contains("You signed in with a one-time password", form);

            using var change = await client.PostAsync("/account/password?returnUrl=%2Floyalty", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Current"] = oneTime,
                ["New"] = chosen,
                ["Confirm"] = chosen,
                ["ReturnUrl"] = "/loyalty",
                ["__RequestVerificationToken"] = SignIn.Token(form),
            }));
            Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
            Assert.Equal("/loyalty", change.Headers.Location!.OriginalString);
            using var home = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);   // the same session, no longer held at the password page
        }

        using (var again = new SiteProcess(_folder.Path, Environment()))
        {
            await again.WaitUntilServingAsync(TimeSpan.FromMinutes(1));

            Assert.DoesNotContain("one-time password", again.Output);
            Assert.DoesNotContain("First start", again.Output);
            var old = await AccountsSite.TrySignInAsync(Client(again.BaseAddress), AccountsInitializer.FirstAdmin, oneTime);
            Assert.Equal(HttpStatusCode.Unauthorized, old.Status);
            var client = Client(again.BaseAddress);
            await SignIn.AsAsync(client, AccountsInitializer.FirstAdmin, chosen);
            using var home = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        }
    }

    [Fact]
    public async Task A_configured_initial_password_signs_in_without_a_forced_change()
    {
        // the test sites' settings: Auth:InitialAdminPassword = SignIn.Password
        using var site = new AccountsSite();
        using var client = site.SignedIn(AccountsInitializer.FirstAdmin);

        using var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        using var scope = site.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<InsightsUser>>();
        Assert.Single(users.Users);
        Assert.False((await users.FindByNameAsync(AccountsInitializer.FirstAdmin))!.MustChangePassword);
    }

    public void Dispose()
    {
        foreach (var client in _clients) client.Dispose();
        _folder.Dispose();
    }

    [GeneratedRegex(@"with this one-time password:\s+(\S+)")]
    private static partial Regex OneTimePassword();
}
