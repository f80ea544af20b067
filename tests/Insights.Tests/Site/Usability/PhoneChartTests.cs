using Insights.Tests.Reports.Pages.Service;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Insights.Tests.Site.Usability;

/// <summary>
/// The charts drawn per result (service views, the campaign readout, the offers backtest) come as a &lt;picture&gt; with a phone
/// drawing: at 390 px their smallest text stays at least 11 px, where the wide drawing shrunk to the phone's width would not.
/// On the service report's hand-made worlds (TestData/service), in Chromium.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneChartTests(PlaywrightFixture playwright) : IAsyncLifetime
{
    readonly SiteFactory _site = new();
    string _baseUrl = "";

    public Task InitializeAsync()
    {
        _baseUrl = _site.StartOnLoopback();
        return Task.CompletedTask;
    }

    async Task<IPage> PhoneAsync()
    {
        // the measurement fetches the chart's SVG (a data: URL) from the page: a CSP-bypassing context lets it
        var context = await playwright.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, BypassCSP = true,
        });
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, _baseUrl, SignIn.EnsureUser(_site.Services, Roles.Marketing));
        return page;
    }

    [Theory]
    [InlineData("channels", "/service", "#channels-chart")]
    [InlineData("complaints", "/service/complaints", "#complaints-chart")]
    [InlineData("returns", "/service/returns", "#returns-chart")]
    [InlineData("channels", "/service/contacts-lead-to", "#attribution-chart")]
    public async Task A_chart_keeps_its_text_at_least_11_px_on_a_390_px_phone(string world, string url, string chart)
    {
        ServiceWorld.Fill(_site.Services.GetRequiredService<DuckDbWarehouse>(), world);
        var page = await PhoneAsync();
        await page.GotoAsync(_baseUrl + url);
        Assert.True(await page.Locator(chart).CountAsync() == 1, $"{url} shows no {chart}: " + await page.Locator("main").InnerTextAsync());
        var (phoneText, _) = await ChartText.SmallestAsync(page.Locator(chart));

        // the same chart without its phone drawing: the wide one, shrunk
        await page.Locator(chart).EvaluateAsync("img => img.closest('picture').querySelector('source').remove()");
        await page.WaitForFunctionAsync($"() => document.querySelector('{chart}').currentSrc === document.querySelector('{chart}').src");
        var (wideText, _) = await ChartText.SmallestAsync(page.Locator(chart));

        Assert.True(phoneText >= 11, $"{chart} at 390 px: smallest text {phoneText:0.0} px");
        Assert.True(wideText < phoneText, $"{chart}: the wide drawing at 390 px {wideText:0.0} px, the phone drawing {phoneText:0.0} px");
        await page.Context.CloseAsync();
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();
}
