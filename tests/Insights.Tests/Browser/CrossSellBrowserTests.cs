using Insights.Tests.Fixtures;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Insights.Tests.Browser;

/// <summary>The cross-sell pages in a real Chromium against the real site, on the tiny world.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CrossSellBrowserTests(PlaywrightFixture playwright) : IAsyncLifetime
{
    const string Hostile = "<img src=x onerror=\"window.pwned=1\">Croissant";

    readonly SiteFactory _site = new();
    string _baseUrl = "";

    public Task InitializeAsync()
    {
        _baseUrl = _site.StartOnLoopback();
        _site.LoadTinyWorld();
        // an item name is user input: one that is markup must show as text and never run
        using var connection = _site.Services.GetRequiredService<DuckDbWarehouse>().OpenConnection();
        connection.ExecuteNonQuery("update dim_product set product_name = $name where product_id = 20", ("name", Hostile));
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Rules_page_mines_the_baskets_shows_table_chart_and_sorts_and_item_names_stay_text()
    {
        await using var context = await playwright.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(_baseUrl + "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cross-sell" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(_baseUrl + "/cross-sell/rules");
        await Assertions.Expect(page.Locator("#no-segments")).ToBeVisibleAsync();

        // tiny world: 4 completed orders {coffee, croissant}, {coffee}, {croissant}, {product 30}; the pair is in 1 of 4 baskets
        await page.FillAsync("input[name=MinSupport]", "0.25");
        await page.FillAsync("input[name=MinConfidence]", "0.5");
        await page.ClickAsync("#apply");

        var rows = page.Locator("#rules tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#rule-count")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator("#rules tbody")).ToContainTextAsync("{" + Hostile + "}");
        Assert.Null(await page.EvaluateAsync<int?>("() => window.pwned"));
        Assert.True(await page.Locator("#rules-chart").EvaluateAsync<int>("img => img.naturalWidth") > 0);

        await page.GetByRole(AriaRole.Link, new() { Name = "confidence" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("Sort=confidence"));
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        var csv = await page.Locator("#rules-csv").GetAttributeAsync("href");
        Assert.Contains("handler=Csv", csv);
    }

    [Fact]
    public async Task Every_cross_sell_view_answers_and_white_space_says_there_are_no_segments()
    {
        await using var context = await playwright.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        foreach (var view in new[] { "sequences", "offers", "opportunities" })
        {
            var response = await page.GotoAsync($"{_baseUrl}/cross-sell/{view}");
            Assert.Equal(200, response!.Status);
            await Assertions.Expect(page.Locator("#title")).ToBeVisibleAsync();
        }
        await page.GotoAsync(_baseUrl + "/cross-sell/white-space");
        await Assertions.Expect(page.Locator("#no-segments")).ToContainTextAsync("No customer segments exist yet");
        await Assertions.Expect(page.Locator("#white-space-chart")).ToHaveCountAsync(0);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();
}
