using Microsoft.Playwright;

namespace Insights.Tests.Reports.Pages.Intervals;

/// <summary>The purchase-interval page in a real Chromium against the real site (CDNOW sample loaded) on a loopback socket.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IntervalsBrowserTests(PlaywrightFixture playwright) : IAsyncLifetime
{
    readonly CdnowSiteFactory _site = new();
    string _baseUrl = "";

    public Task InitializeAsync()
    {
        _baseUrl = _site.StartOnLoopback();
        _site.LoadCdnow();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Navigation_and_filters_lead_to_the_fitted_models_and_their_charts()
    {
        await using var context = await playwright.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, _baseUrl, SignIn.EnsureUser(_site.Services, Roles.Admin));
        await page.GotoAsync(_baseUrl + "/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Purchase intervals" }).ClickAsync();
        await page.Locator("input[name='calibrationEnd']").FillAsync("1997-09-30");
        await page.Locator("input[name='horizon']").FillAsync("39");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        await Assertions.Expect(page.Locator("#model-customers")).ToContainTextAsync("2,357 customers with a purchase on or before 1997-09-30");
        await Assertions.Expect(page.Locator("#untrusted")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#parameters tbody tr")).ToHaveCountAsync(9);
        await Assertions.Expect(page.Locator("#customers tbody tr")).ToHaveCountAsync(50);
        await AssertChartShows(page, "#validation-chart");

        // the intervals tab keeps the filters and draws the gap histogram
        await page.GetByRole(AriaRole.Link, new() { Name = "Intervals and win-back" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("section=rhythm"));
        await Assertions.Expect(page.Locator("#period")).ToContainTextAsync("1997-09-30");
        await AssertChartShows(page, "#gap-chart");
    }

    static async Task AssertChartShows(IPage page, string chart)
    {
        await Assertions.Expect(page.Locator(chart)).ToBeVisibleAsync();
        // the SVG decoded and laid out: a broken image has naturalWidth 0
        Assert.True(await page.Locator(chart).EvaluateAsync<int>("img => img.naturalWidth") > 0, chart);
    }

    [Fact]
    public async Task Sorting_by_p_alive_keeps_the_filters()
    {
        await using var context = await playwright.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, _baseUrl, SignIn.EnsureUser(_site.Services, Roles.Admin));
        await page.GotoAsync(_baseUrl + "/intervals?Filter.CalibrationEnd=1997-09-30&Filter.Horizon=39");

        await page.Locator("#customers-heading ~ p").GetByRole(AriaRole.Link, new() { Name = "P(alive)", Exact = true }).ClickAsync();   // the sort link, not the glossary's

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("sort=p_alive"));
        await Assertions.Expect(page.Locator("#period")).ToContainTextAsync("1997-09-30");
        // customers who never repeated have P(alive) = 1 and lead the list
        await Assertions.Expect(page.Locator("#customers tbody tr").First.Locator("td").Nth(4)).ToHaveTextAsync("1.000");
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();
}
