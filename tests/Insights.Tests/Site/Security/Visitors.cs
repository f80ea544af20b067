using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Insights.Tests.Site.Security;

/// <summary>
/// The clients of the security tests: one per role (null = anonymous), signed in through the form, that do not follow redirects,
/// so a test sees each status and where it leads; <see cref="FollowAsync"/> follows them as a browser would.
/// </summary>
public static class Visitors
{
    /// <summary>The roles a request is tried as: anonymous (null) and each of the site's roles.</summary>
    public static IReadOnlyList<string?> All { get; } = [null, .. Roles.All];

    /// <summary>A client of <paramref name="role"/> (anonymous when null) that keeps cookies and does not follow redirects.</summary>
    public static HttpClient Of(SiteFactory site, string? role)
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (role is not null) SignIn.AsAsync(client, SignIn.EnsureUser(site.Services, role)).GetAwaiter().GetResult();
        return client;
    }

    /// <summary>What a GET ends in once redirects are followed, and the first answer's status.</summary>
    public sealed record Outcome(HttpStatusCode First, HttpStatusCode Final, string FinalPath, string Body, string? ContentType);

    /// <summary>Gets <paramref name="url"/>, following up to five redirects within the site.</summary>
    public static async Task<Outcome> FollowAsync(HttpClient client, string url)
    {
        HttpStatusCode? first = null;
        var at = new Uri(client.BaseAddress!, url);
        for (var hop = 0; ; hop++)
        {
            using var response = await client.GetAsync(at);
            first ??= response.StatusCode;
            if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } next && hop < 5)
            {
                at = new Uri(at, next);
                continue;
            }
            return new Outcome(first.Value, response.StatusCode, at.AbsolutePath, await response.Content.ReadAsStringAsync(),
                response.Content.Headers.ContentType?.MediaType);
        }
    }
}
