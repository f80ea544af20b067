using System.Net;
using System.Text.Encodings.Web;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Site.Security;

/// <summary>
/// Who may open what, for every page, GET handler (downloads, charts) and endpoint the site's own routing lists
/// (<see cref="SiteEndpoints"/>), so a page added later is checked without editing this test: anonymous visitors are sent to the
/// sign-in page (pages) or get 401 (handlers); product and marketing read every report and are refused the admin areas (/etl,
/// /admin, /hangfire) with 403; admin opens everything; product sees no customer's full name or e-mail address on any of them,
/// where marketing does, and sees the e-mail masked (a•••@example.com) on a page and in a download. Only the pages in <see cref="AnonymousByDesign"/> are left out.
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

    /// <summary>
    /// The only endpoints open without signing in: the sign-in form, the error and status pages (they answer any failed request,
    /// the sign-in page's own included, and show no data) and liveness. Readiness (/healthz/ready) is not: it answers anonymously
    /// only callers on the machine itself (HealthEndpointsTests), so here it is a page like the others.
    /// </summary>
    static readonly string[] AnonymousByDesign = ["/account/sign-in", "/Error", "/healthz", "/status"];

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

    [Fact]
    public async Task Product_sees_no_full_name_or_e_mail_on_any_report_page_or_download_where_marketing_does_but_the_masked_e_mail()
    {
        var people = FullNamesAndEmails();
        // each address as product must see it: first character, •••, @ and the domain (annie@example.com: a•••@example.com)
        var maskedEmails = people.Where(p => p.Contains('@', StringComparison.Ordinal)).Distinct()
            .ToDictionary(e => e, e => e[..1] + "\u2022\u2022\u2022@" + e[(e.LastIndexOf('@') + 1)..]);
        var maskedForProduct = new List<string>();
        // every report page (a route with an id at its sample value: /customers/1 is a profile) and every GET handler of theirs
        var urls = _site.Requests.Where(r => !r.Endpoint.IsAdminArea && !r.Endpoint.IsAccountPage)
            .Select(r => r.IsHandler ? r.Url : r.Endpoint.Url).Distinct().ToList();
        using var product = Client(Roles.Product);
        using var marketing = Client(Roles.Marketing);
        var leaks = new List<string>();
        var shownToMarketing = new List<string>();

        foreach (var url in urls)
        {
            var masked = await Visitors.FollowAsync(product, url);
            leaks.AddRange(people.Where(p => Shows(masked.Body, p)).Select(p => $"{url}: {p}"));
            var full = await Visitors.FollowAsync(marketing, url);
            if (people.Any(p => Shows(full.Body, p))) shownToMarketing.Add(url);
            // where marketing sees an address, product sees it masked (not merely absent)
            if (maskedEmails.Any(e => Shows(full.Body, e.Key) && Shows(masked.Body, e.Value))) maskedForProduct.Add(url);
        }

        Assert.True(leaks.Count == 0, "product sees personal data:\n" + string.Join("\n", leaks));
        // the sweep can fail: the same requests show full names or e-mails to marketing, on a page and in a download
        Assert.Contains(shownToMarketing, u => !u.Contains("handler=", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(shownToMarketing, u => u.Contains("handler=", StringComparison.OrdinalIgnoreCase));
        // and product gets the masked form there, on a page and in a download
        Assert.Contains(maskedForProduct, u => !u.Contains("handler=", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(maskedForProduct, u => u.Contains("handler=", StringComparison.OrdinalIgnoreCase));
    }

    // the tiny world's customers' full names and e-mail addresses (product sees neither whole)
    List<string> FullNamesAndEmails()
    {
        using var connection = _site.Factory.Services.GetRequiredService<DuckDbWarehouse>().OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "select full_name, email from raw_customers";
        using var reader = command.ExecuteReader();
        var found = new List<string>();
        while (reader.Read())
            for (var i = 0; i < 2; i++)
                if (!reader.IsDBNull(i)) found.Add(reader.GetString(i));
        Assert.NotEmpty(found);
        return found;
    }

    // as text, in HTML (Razor's encoding) or in JSON (the search script's handler)
    static bool Shows(string body, string value) =>
        body.Contains(value, StringComparison.Ordinal)
        || body.Contains(HtmlEncoder.Default.Encode(value), StringComparison.Ordinal)
        || body.Contains(JavaScriptEncoder.Default.Encode(value), StringComparison.Ordinal);
}
