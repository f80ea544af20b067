using System.Net;
using System.Text.RegularExpressions;
using Insights.Site.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Site.Accounts;

/// <summary>
/// A site on the tiny world's sources with account settings of the test's own (lockout, rate limit, session checks), in a
/// folder of its own or in <c>folder</c> (kept, so a second start finds the first one's accounts); and the form posts the
/// account tests make, each with the page's anti-forgery token as a browser sends it.
/// </summary>
public sealed partial class AccountsSite : SiteFactory
{
    public AccountsSite(IReadOnlyDictionary<string, string?>? settings = null, TempFolder? folder = null)
        : base(folder ?? new TempFolder(), ownsFolder: folder is null, settings: settings)
    {
        if (!Directory.Exists(SourcesFolder)) TinyWorld.CopyTo(SourcesFolder);
    }

    /// <summary>Adds a user with <see cref="SignIn.Password"/> and <paramref name="roles"/> through the site's UserManager; returns its id.</summary>
    public string AddUser(string name, params string[] roles)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<InsightsUser>>();
        var user = new InsightsUser { UserName = name };
        Check(users.CreateAsync(user, SignIn.Password).GetAwaiter().GetResult());
        if (roles.Length > 0) Check(users.AddToRolesAsync(user, roles).GetAwaiter().GetResult());
        return user.Id;
    }

    /// <summary>Disables the user named <paramref name="name"/>, as the users page does.</summary>
    public void Disable(string name)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<InsightsUser>>();
        var user = users.FindByNameAsync(name).GetAwaiter().GetResult()!;
        user.Disabled = true;
        Check(users.UpdateAsync(user).GetAwaiter().GetResult());
        Check(users.UpdateSecurityStampAsync(user).GetAwaiter().GetResult());
    }

    /// <summary>The id of the user named <paramref name="name"/>.</summary>
    public string IdOf(string name)
    {
        using var scope = Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<UserManager<InsightsUser>>().FindByNameAsync(name).GetAwaiter().GetResult()!.Id;
    }

    /// <summary>A client with no session that keeps cookies and does not follow redirects.</summary>
    public HttpClient Visitor() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A <see cref="Visitor"/> signed in as <paramref name="user"/>.</summary>
    public HttpClient SignedIn(string user, string? password = null)
    {
        var client = Visitor();
        SignIn.AsAsync(client, user, password).GetAwaiter().GetResult();
        return client;
    }

    /// <summary>
    /// Posts a form of the page at <paramref name="page"/> to <paramref name="action"/> (default: the page), with the page's
    /// anti-forgery token, as the browser sends it.
    /// </summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, IEnumerable<KeyValuePair<string, string>> fields,
        string? action = null)
    {
        var html = await client.GetStringAsync(page);
        var form = fields.Append(new("__RequestVerificationToken", SignIn.Token(html)));
        return await client.PostAsync(action ?? page, new FormUrlEncodedContent(form));
    }

    /// <summary>The sign-in post's outcome: the status and the page's problem message (if any).</summary>
    public static async Task<(HttpStatusCode Status, string? Problem, string? Location)> TrySignInAsync(HttpClient client, string user, string password)
    {
        using var response = await SignIn.PostFormAsync(client, user, password);
        var html = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, ProblemOf(html), response.Headers.Location?.OriginalString);
    }

    /// <summary>The page's first problem message (role="alert"), decoded.</summary>
    public static string? ProblemOf(string html) =>
        Problem().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    /// <summary>The page's outcome notice (role="status"), decoded.</summary>
    public static string? OutcomeOf(string html) =>
        Outcome().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    /// <summary>The one-time password at the end of an outcome notice ("...: Xy3-...").</summary>
    public static string OneTimePasswordIn(string outcome) => outcome[(outcome.LastIndexOf(": ", StringComparison.Ordinal) + 2)..].Trim();

    static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    [GeneratedRegex("class=\"problem\" role=\"alert\">([^<]*)<")]
    private static partial Regex Problem();

    [GeneratedRegex("class=\"notice\" role=\"status\">([^<]*)<")]
    private static partial Regex Outcome();
}
