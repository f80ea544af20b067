using System.Net;

namespace Insights.Tests.Reports.Pages.Overview;

/// <summary>The home page through the real site pipeline (WebApplicationFactory, in-memory server).</summary>
public sealed class OverviewPageTests : IClassFixture<OverviewPageTests.LoadedSite>
{
    public sealed class LoadedSite : IDisposable
    {
        public LoadedSite()
        {
            Factory = new SiteFactory();
            Factory.LoadTinyWorld();
        }

        public SiteFactory Factory { get; }

        public void Dispose() => Factory.Dispose();
    }

    readonly LoadedSite _site;
    readonly HttpClient _client;

    public OverviewPageTests(LoadedSite site)
    {
        _site = site;
        _client = site.Factory.ClientAs(Roles.Marketing);
    }

    // the ETL pages and the dashboard are the admin's
    HttpClient Admin() => _site.Factory.ClientAs(Roles.Admin);

    [Fact]
    public async Task Home_page_shows_freshness_per_source_and_hand_checked_totals()
    {
        var html = await _client.GetStringAsync("/");

        Assert.Contains("id=\"freshness\"", html);
        foreach (var source in new[] { "operational", "contacts", "complaints" })
            Assert.Contains($"<td>{source}</td>", html);
        Assert.Contains("<span class=\"value\" id=\"kpi-customers\">3</span>", html);
        Assert.Contains("<span class=\"value\" id=\"kpi-orders\">3</span>", html);
        Assert.Contains("<span class=\"value\" id=\"kpi-revenue\">42.00 EUR</span>", html);
        Assert.Contains("<td>2024-01</td>", html);
        var chartAt = html.IndexOf("id=\"revenue-chart\"", StringComparison.Ordinal);
        Assert.True(chartAt > 0, "no revenue chart");
        Assert.Contains("src=\"data:image/svg", html[chartAt..]);   // Razor encodes the + of svg+xml; the browser decodes it
    }

    [Theory]
    [InlineData("/?months=0", "Months must be between 1 and 120.")]
    [InlineData("/?months=many", "The value &#x27;many&#x27; is not valid")]
    public async Task An_invalid_filter_gives_its_message_with_400_not_a_500(string url, string message)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"filter-problems\"", html);
        Assert.Contains(message, html);
        Assert.DoesNotContain("id=\"kpis\"", html);   // refused: nothing read
    }

    [Fact]
    public async Task The_revenue_series_follows_the_months_filter()
    {
        var all = await _client.GetStringAsync("/");
        var latest = await _client.GetStringAsync("/?months=1");

        // the tiny world sells in more than one month, January the first: one month shows only the latest
        Assert.Contains("<td>2024-01</td>", all);
        Assert.DoesNotContain("<td>2024-01</td>", latest);
        Assert.Contains("Over the last 1 months", latest);
        Assert.Contains("id=\"how-computed\"", latest);
    }

    [Fact]
    public async Task Runs_page_lists_each_load_with_its_counts()
    {
        var html = await Admin().GetStringAsync("/etl/runs");

        Assert.Contains("id=\"runs\"", html);
        Assert.Contains("status-succeeded", html);
        Assert.Contains($"{Insights.Warehouse.ModelRunner.Checks.Count} passed", html);
    }

    [Fact]
    public async Task Load_button_without_antiforgery_token_is_refused()
    {
        var response = await Admin().PostAsync("/etl/runs?handler=Load",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["source"] = "contacts" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Hangfire_dashboard_is_for_admins_by_role_not_by_local_request()
    {
        // by role: the in-memory test server has no remote address, which Hangfire's local-only default refused even for admins
        Assert.Equal(HttpStatusCode.OK, (await Admin().GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.GetAsync("/hangfire")).StatusCode);
        var anonymous = await _site.Factory.AnonymousClient().GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/sign-in", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_report_is_a_link_in_the_navigation()
    {
        var html = await _client.GetStringAsync("/");
        foreach (var (href, report) in new[] { ("/loyalty", "Loyalty"), ("/intervals", "Purchase intervals"), ("/cross-sell/rules", "Cross-sell"),
                     ("/service", "Service"), ("/customers", "Customer 360") })
            Assert.Contains($"<a href=\"{href}\">{report}</a>", html);
    }
}
