using System.Net;

namespace Insights.Tests.Site.Security;

/// <summary>
/// Who may open what, for every page, GET handler (downloads, charts) and endpoint the site's own routing lists
/// (<see cref="SiteEndpoints"/>), so a page added later is checked without editing this test: anonymous visitors are sent to the
/// sign-in page (pages) or get 401 (handlers); product and marketing read every report and are refused the admin areas (/etl,
/// /admin, /hangfire) with 403; admin opens everything. Only the pages in <see cref="AnonymousByDesign"/> are left out.
/// </summary>
public sealed class RoleMatrixTests : IClassFixture<RoleMatrixTests.LoadedSite>
{
    /// <summary>The tiny world loaded once for the class, and the site's endpoints with the URLs of their GET handlers.</summary>
    public sealed class LoadedSite : IDisposable
    {
        public LoadedSite()
        {
            Factory = new SiteFactory();
            Factory.LoadTinyWorld();
            Endpoints = SiteEndpoints.Of(Factory.Services);
            using var admin = Visitors.Of(Factory, Roles.Admin);
            Requests = Endpoints.Where(e => !e.AllowsAnonymous).SelectMany(e =>
                    new[] { (Endpoint: e, Url: e.Path, IsHandler: false) }.Concat(e.GetHandlers.Select(h =>
                        (Endpoint: e, Url: SiteEndpoints.HandlerUrlAsync(admin, e.Path, h).GetAwaiter().GetResult(), IsHandler: true))))
                .ToList();
        }

        public SiteFactory Factory { get; }

        public IReadOnlyList<SiteEndpoints.Endpoint> Endpoints { get; }

        public IReadOnlyList<(SiteEndpoints.Endpoint Endpoint, string Url, bool IsHandler)> Requests { get; }

        public void Dispose() => Factory.Dispose();
    }

    /// <summary>The only endpoints open without signing in: the sign-in form, the error and status pages (which must show to anyone) and the health checks.</summary>
    static readonly string[] AnonymousByDesign = ["/account/sign-in", "/Error", "/healthz", "/healthz/ready", "/status"];

    readonly LoadedSite _site;

    public RoleMatrixTests(LoadedSite site) => _site = site;

    // every client of this class is made here
    HttpClient Client(string? role) => Visitors.Of(_site.Factory, role);

    [Fact]
    public void The_endpoint_list_holds_the_reports_the_admin_pages_their_downloads_and_the_dashboard()
    {
        var paths = _site.Endpoints.Select(e => e.Path).ToList();

        // a discovery that finds nothing would let every other test here pass
        foreach (var expected in new[] { "/", "/loyalty", "/intervals", "/cross-sell/rules", "/etl/runs", "/etl/quarantine", "/admin/users", "/hangfire" })
            Assert.Contains(expected, paths);
        Assert.Contains(_site.Requests, r => r.Url.Contains("handler=Csv", StringComparison.OrdinalIgnoreCase) && r.Endpoint.Path == "/loyalty");
        Assert.Contains(_site.Requests, r => r.Url.Contains("handler=Chart", StringComparison.OrdinalIgnoreCase) && r.Url.Contains("chart=", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(_site.Requests, r => r.Url.Contains("kind=", StringComparison.OrdinalIgnoreCase) && r.Endpoint.Path == "/cross-sell/opportunities");
    }

    [Fact]
    public void Only_the_sign_in_error_status_and_health_endpoints_are_open_without_signing_in()
    {
        var anonymous = _site.Endpoints.Where(e => e.AllowsAnonymous).Select(e => e.Path).Order(StringComparer.Ordinal);

        Assert.Equal(AnonymousByDesign.Order(StringComparer.Ordinal), anonymous);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_pages_and_get_401_from_handlers()
    {
        using var client = Client(null);
        var wrong = new List<string>();

        foreach (var (endpoint, url, isHandler) in _site.Requests)
        {
            using var response = await client.GetAsync(url);
            var status = (int)response.StatusCode;
            var location = response.Headers.Location is { } l ? new Uri(client.BaseAddress!, l).AbsolutePath : "";
            if (isHandler ? status != 401 : status != 302 || location != "/account/sign-in")
                wrong.Add($"{url}: {status} {location}");
        }

        Assert.True(wrong.Count == 0, "anonymous requests not refused as expected:\n" + string.Join("\n", wrong));
    }

    [Theory]
    [InlineData(Roles.Product)]
    [InlineData(Roles.Marketing)]
    [InlineData(Roles.Admin)]
    public async Task Each_role_opens_the_reports_and_only_admin_opens_the_admin_areas(string role)
    {
        using var client = Client(role);
        var wrong = new List<string>();

        foreach (var (endpoint, url, isHandler) in _site.Requests)
        {
            var outcome = await Visitors.FollowAsync(client, url);
            var final = (int)outcome.Final;
            if (outcome.FinalPath == "/account/sign-in" || final >= 500 || final == 401)
                wrong.Add($"{url}: {(int)outcome.First} then {final} at {outcome.FinalPath}");
            else if (endpoint.IsAccountPage)
                continue;   // the account's own pages answer as their purpose says (the denied page is a 403): Site/Accounts tests them
            else if (endpoint.IsAdminArea && role != Roles.Admin)
            {
                // a page is sent to the "not for your role" page (403); a handler gets the bare 403
                if (outcome.Final != HttpStatusCode.Forbidden || isHandler && outcome.First != HttpStatusCode.Forbidden)
                    wrong.Add($"{url}: {(int)outcome.First} then {final} at {outcome.FinalPath}, expected 403");
            }
            else if (outcome.Final != HttpStatusCode.OK || outcome.First != HttpStatusCode.OK)
                wrong.Add($"{url}: {(int)outcome.First} then {final} at {outcome.FinalPath}, expected 200");
        }

        Assert.True(wrong.Count == 0, $"{role}: requests not answered as the role allows:\n" + string.Join("\n", wrong));
    }
}
