using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Insights.Tests.Reports.Pages.Loyalty;

/// <summary>The loyalty page in a real Chromium against the real site, on the seven-customer world (TestData/loyalty).</summary>
[Collection(BrowserCollection.Name)]
public sealed class LoyaltyBrowserTests(PlaywrightFixture playwright) : IAsyncLifetime
{
    readonly SiteFactory _site = new();
    string _baseUrl = "";

    public Task InitializeAsync()
    {
        _baseUrl = _site.StartOnLoopback();
        LoyaltyWorld.Fill(_site.Services.GetRequiredService<DuckDbWarehouse>());
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Marketing_goes_from_a_segment_to_its_target_list_and_downloads_it()
    {
        await using var context = await playwright.Browser.NewContextAsync(new() { AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, _baseUrl, SignIn.EnsureUser(_site.Services, Roles.Admin));
        await page.GotoAsync(_baseUrl + "/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Loyalty", Exact = true }).ClickAsync();
        var map = page.Locator("#segment-map");
        await Assertions.Expect(map).ToBeVisibleAsync();
        Assert.True(await map.EvaluateAsync<int>("img => img.decode().then(() => img.naturalWidth)") > 0);   // the SVG (its own request) loaded and decoded

        // the Lost row's customer count (customers 3 and 5) leads to the list behind it
        await page.Locator("#segments tr", new() { HasText = "Lost" }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("#customers tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#customers tbody tr").First).ToContainTextAsync("Cy Once");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#list-csv").ClickAsync());
        Assert.Equal("loyalty_rfm_2024-07-01_all-regions_all-channels_all-categories_Lost.csv", download.SuggestedFilename);
    }

    [Fact]
    public async Task Filters_and_tabs_keep_each_other()
    {
        await using var context = await playwright.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, _baseUrl, SignIn.EnsureUser(_site.Services, Roles.Admin));
        await page.GotoAsync(_baseUrl + "/loyalty");

        await page.Locator("select[name=region]").SelectOptionAsync("North");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.Locator("#tab-cohorts").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("view=cohorts.*region=North"));
        // North: customers 1, 2, 5, 7; repeat customers 1, 2, 5 (7's two orders fall on one purchase day)
        await Assertions.Expect(page.Locator("#repeat-rate")).ToHaveTextAsync("75.0%");
        Assert.True(await page.Locator("#cohort-heatmap").EvaluateAsync<int>("img => img.decode().then(() => img.naturalWidth)") > 0);
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }
}
