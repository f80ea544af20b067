using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Insights.Tests.Reports.Pages.Service.Texts;

/// <summary>The complaint texts view in a real Chromium against the real site, on the texts world.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TextsBrowserTests(PlaywrightFixture playwright) : IAsyncLifetime
{
    readonly SiteFactory _site = new();
    string _baseUrl = "";

    public Task InitializeAsync()
    {
        _baseUrl = _site.StartOnLoopback();
        TextsWorld.Fill(_site.Services.GetRequiredService<DuckDbWarehouse>());
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Search_a_word_see_it_highlighted_and_follow_a_result_to_the_customer()
    {
        await using var context = await playwright.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, _baseUrl, SignIn.EnsureUser(_site.Services, Roles.Marketing));
        // the channels view (/service) is another part's: start from the returns view's sub-navigation
        await page.GotoAsync(_baseUrl + "/service/returns");
        await page.GetByRole(AriaRole.Link, new() { Name = "Complaint texts" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(_baseUrl + "/service/texts");

        await page.FillAsync("#q", "creme");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.Locator("#search-summary")).ToContainTextAsync("2 complaints match");
        var results = page.Locator("#search-results > li");
        await Assertions.Expect(results).ToHaveCountAsync(2);
        // newest first: complaint 6 ("creme", Ada), then 5 ("Crème", Cy): the word as written is marked
        await Assertions.Expect(results.Nth(1).Locator("mark")).ToHaveTextAsync("Crème");
        await Assertions.Expect(results.Nth(0).Locator("mark")).ToHaveTextAsync("creme");

        // complaint 8's markup stays text: no element is made of it
        await page.FillAsync("#q", "script");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.Locator("#search-results .hit-text")).ToContainTextAsync("<img src=x onerror=alert(1)>");
        Assert.Equal(0, await page.Locator("#search-results img").CountAsync());
        Assert.Equal(0, await page.Locator("#search-results script").CountAsync());

        await page.FillAsync("#q", "creme");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var customer = results.Nth(0).Locator("a.customer");
        await Assertions.Expect(customer).ToHaveAttributeAsync("href", "/customers/1");
        await Assertions.Expect(customer).ToHaveTextAsync("Ada North");
        // following the link lands on the customer's profile, which greets them by their preferred name
        await customer.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(_baseUrl + "/customers/1");
        await Assertions.Expect(page.Locator("#greeting")).ToHaveTextAsync("Greet as Ada");
        await Assertions.Expect(page.Locator("#title")).ToContainTextAsync("Ada North");
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }
}
