using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Insights.Tests.Reports.Pages.Loyalty;

/// <summary>
/// The loyalty page as a phone and a keyboard meet it, in Chromium on the seven-customer world (TestData/loyalty): its charts
/// keep readable text at 390 px, the cohort grid is one tab stop whose arrow keys reach every cell, and a drill-down link
/// moves the view and the focus to the list it opens.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LoyaltyUsabilityBrowserTests(PlaywrightFixture playwright) : IAsyncLifetime
{
    readonly SiteFactory _site = new();
    string _baseUrl = "";

    public Task InitializeAsync()
    {
        _baseUrl = _site.StartOnLoopback();
        LoyaltyWorld.Fill(_site.Services.GetRequiredService<DuckDbWarehouse>());
        return Task.CompletedTask;
    }

    async Task<IPage> SignedInAsync(int width, int height, bool phone = false)
    {
        // the measurement fetches the chart's SVG from the page: a CSP-bypassing context lets it read a data: or same-site URL
        var context = await playwright.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height }, IsMobile = phone, HasTouch = phone, BypassCSP = true,
        });
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, _baseUrl, SignIn.EnsureUser(_site.Services, Roles.Marketing));
        return page;
    }

    [Theory]
    [InlineData("rfm", "#segment-map")]
    [InlineData("cohorts", "#cohort-heatmap")]
    public async Task A_chart_keeps_its_text_at_least_11_px_on_a_390_px_phone_and_the_wide_drawing_on_a_desktop(string view, string chart)
    {
        var phone = await SignedInAsync(390, 844, phone: true);
        await phone.GotoAsync(_baseUrl + "/loyalty?view=" + view);
        var (phoneText, phoneSource) = await ChartText.SmallestAsync(phone.Locator(chart));

        var desktop = await SignedInAsync(1400, 900);
        await desktop.GotoAsync(_baseUrl + "/loyalty?view=" + view);
        var (_, desktopSource) = await ChartText.SmallestAsync(desktop.Locator(chart));

        Assert.Contains("size=phone", phoneSource);
        Assert.True(phoneText >= 11, $"{chart} at 390 px: smallest text {phoneText:0.0} px");
        Assert.DoesNotContain("size=phone", desktopSource);
        await phone.Context.CloseAsync();
        await desktop.Context.CloseAsync();
    }

    [Fact]
    public async Task The_wide_chart_shrunk_to_a_phone_would_have_text_under_11_px()
    {
        // the check above can fail: the wide drawing shown at a phone's width shrinks its text below 11 px
        var page = await SignedInAsync(390, 844, phone: true);
        await page.GotoAsync(_baseUrl + "/loyalty");
        await page.Locator("#segment-map").EvaluateAsync("img => img.closest('picture').querySelector('source').remove()");
        await page.WaitForFunctionAsync("() => !document.querySelector('#segment-map').currentSrc.includes('size=phone')");

        var (text, source) = await ChartText.SmallestAsync(page.Locator("#segment-map"));

        Assert.DoesNotContain("size=phone", source);
        Assert.True(text < 11, $"{text:0.0} px");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_cohort_grid_is_one_tab_stop_and_its_arrow_keys_reach_the_cells()
    {
        var page = await SignedInAsync(1400, 900);
        await page.GotoAsync(_baseUrl + "/loyalty?view=cohorts");
        var links = page.Locator("#cohorts a[href]");

        Assert.True(await links.CountAsync() > 5);
        Assert.Equal(1, await page.Locator("#cohorts a[href]:not([tabindex='-1'])").CountAsync());

        await links.First.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        var second = await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')");
        await page.Keyboard.PressAsync("ArrowDown");
        var below = await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')");
        Assert.Contains("monthsSince=0", second);          // the first row's first cell after its size
        Assert.NotEqual(second, below);
        Assert.Equal(1, await page.Locator("#cohorts a[href]:not([tabindex='-1'])").CountAsync());   // the stop moved, not added

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("cohort=.*monthsSince=0#list-heading"));
        await Assertions.Expect(page.Locator("#customers")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1400, 900)]
    [InlineData(390, 844)]
    public async Task A_drill_down_link_moves_the_view_and_the_focus_to_its_list(int width, int height)
    {
        var page = await SignedInAsync(width, height, phone: width < 640);
        await page.GotoAsync(_baseUrl + "/loyalty");

        await page.Locator("#segments tr", new() { HasText = "Lost" }).GetByRole(AriaRole.Link).ClickAsync();

        await Assertions.Expect(page.Locator("#customers tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#list-heading")).ToBeFocusedAsync();
        var top = await page.Locator("#list-heading").EvaluateAsync<double>("h => h.getBoundingClientRect().top");
        Assert.InRange(top, 0, height - 40);   // in view, not below the fold
        await page.Context.CloseAsync();
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();
}
