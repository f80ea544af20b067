using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Insights.Reports.Access;
using Insights.Site.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Insights.Tests.Fixtures;

/// <summary>
/// Signing in as a user would: through the sign-in form (anti-forgery token included), never by forging a cookie. Test sites
/// start with Auth:InitialAdminPassword = <see cref="Password"/> (the first admin is "admin"), and <see cref="EnsureUser"/>
/// adds a user per role with the same password through the site's own UserManager.
/// </summary>
public static partial class SignIn
{
    /// <summary>This test process's password for every test account: random per run, never a fixed one.</summary>
    public static string Password { get; } = "Test-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)) + "a1!";

    /// <summary>The settings a test site starts with: the first admin's password, and no sign-in rate limit in the way.</summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Auth:InitialAdminPassword"] = Password,
        ["Auth:SignInPermitsPerMinute"] = "10000",
    };

    /// <summary>The user name of the test account with <paramref name="role"/> ("admin" is the first admin).</summary>
    public static string UserOf(string role) => role == Roles.Admin ? AccountsInitializer.FirstAdmin : "test-" + role;

    /// <summary>Creates the test account of <paramref name="role"/> in the site behind <paramref name="services"/> if missing.</summary>
    public static string EnsureUser(IServiceProvider services, string role)
    {
        var name = UserOf(role);
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<InsightsUser>>();
        if (users.FindByNameAsync(name).GetAwaiter().GetResult() is not null) return name;
        var user = new InsightsUser { UserName = name, Email = name + "@example.test" };
        Check(users.CreateAsync(user, Password).GetAwaiter().GetResult());
        Check(users.AddToRoleAsync(user, role).GetAwaiter().GetResult());
        return name;
    }

    /// <summary>Posts the sign-in form with <paramref name="http"/> (which keeps cookies); returns the response to the post.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient http, string user, string password)
    {
        var form = await http.GetStringAsync("/account/sign-in");
        return await http.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user,
            ["Password"] = password,
            ["__RequestVerificationToken"] = Token(form),
        }));
    }

    /// <summary>Signs <paramref name="http"/> in as <paramref name="user"/>; throws when the site refuses.</summary>
    public static async Task AsAsync(HttpClient http, string user, string? password = null)
    {
        using var response = await PostFormAsync(http, user, password ?? Password);
        // a refused sign-in answers 401 with the form again; a good one redirects (followed or not)
        if ((int)response.StatusCode >= 400)
            throw new InvalidOperationException($"Signing in as {user} failed: {(int)response.StatusCode}");
    }

    /// <summary>Signs a browser page in through the form, as a person would.</summary>
    public static async Task AsAsync(IPage page, string baseUrl, string user, string? password = null)
    {
        await page.GotoAsync(baseUrl + "/account/sign-in");
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", password ?? Password);
        await page.ClickAsync("button[type=submit]");
        // signed in once the browser has left the form (the redirect that set the cookie has landed). Polled on the page's URL,
        // not awaited as a navigation: a CI run once saw the next page's "load" and "networkidle" but timed out after 30 s
        // waiting for its "domcontentloaded", and "commit" never comes when the redirect has already landed. Two minutes: the
        // first page of a freshly started site in the first minute of a CI run (every class starting beside it) can be slow
        await Assertions.Expect(page).Not.ToHaveURLAsync(SignInPath(), new() { Timeout = 120_000 });
    }

    /// <summary>The first anti-forgery token of a page (every form of a page carries a valid one).</summary>
    public static string Token(string html) =>
        WebUtility.HtmlDecode(TokenField().Match(html) is { Success: true } m ? m.Groups[1].Value
            : throw new InvalidOperationException("The page has no anti-forgery token."));

    static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    [GeneratedRegex("/account/sign-in")]
    private static partial Regex SignInPath();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]*)\"")]
    private static partial Regex TokenField();
}
