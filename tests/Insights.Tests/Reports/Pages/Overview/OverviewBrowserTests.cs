using Microsoft.Playwright;

namespace Insights.Tests.Reports.Pages.Overview;

/// <summary>The home page in a real Chromium against the real site on a loopback socket.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OverviewBrowserTests(PlaywrightFixture playwright) : IAsyncLifetime
{
    readonly SiteFactory _site = new();
    string _baseUrl = "";

    public Task InitializeAsync()
    {
        _baseUrl = _site.StartOnLoopback();
        _site.LoadTinyWorld();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Home_page_shows_the_freshness_table_and_the_revenue_chart()
    {
        await using var context = await playwright.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, _baseUrl, SignIn.EnsureUser(_site.Services, Roles.Admin));

        var response = await page.GotoAsync(_baseUrl + "/");

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("#freshness tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#kpi-revenue")).ToHaveTextAsync("42.00 EUR");
        var chart = page.Locator("#revenue-chart");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        // the SVG decoded and laid out: a broken image has naturalWidth 0
        Assert.True(await chart.EvaluateAsync<int>("img => img.naturalWidth") > 0);
    }

    [Fact]
    public async Task Navigation_leads_from_the_home_page_to_the_runs_of_each_source()
    {
        await using var context = await playwright.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, _baseUrl, SignIn.EnsureUser(_site.Services, Roles.Admin));
        await page.GotoAsync(_baseUrl + "/");

        await page.GetByRole(AriaRole.Link, new() { Name = "ETL runs" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(_baseUrl + "/etl/runs");
        await Assertions.Expect(page.Locator("#runs tbody tr")).ToHaveCountAsync(3);
    }

    [Fact]
    public async Task Hangfire_dashboard_answers_on_loopback_and_lists_the_recurring_loads()
    {
        await using var context = await playwright.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, _baseUrl, SignIn.EnsureUser(_site.Services, Roles.Admin));

        var response = await page.GotoAsync(_baseUrl + "/hangfire/recurring");

        Assert.Equal(200, response!.Status);
        foreach (var source in new[] { "operational", "contacts", "complaints" })
            await Assertions.Expect(page.GetByText("load:" + source)).ToBeVisibleAsync();
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();
}
