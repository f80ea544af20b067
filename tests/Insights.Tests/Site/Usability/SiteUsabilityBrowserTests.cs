using Microsoft.Playwright;

namespace Insights.Tests.Site.Usability;

/// <summary>
/// Every page and tab, as a marketing user meets them in Chromium (<see cref="SiteWalk"/>): no WCAG 2.1 A/AA violation that
/// axe-core finds at 1,400 px, and no page wider than a 390 px phone; and the two checks do catch a page that breaks them.
/// Screenshots of a failing page at both widths are in <see cref="SiteWalk.ArtifactsFolder"/>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteUsabilityBrowserTests(PlaywrightFixture playwright, SiteWalk walk) : IClassFixture<SiteWalk>
{
    [Fact]
    public async Task Every_page_and_tab_passes_axe_core_wcag_2_1_a_and_aa()
    {
        var result = await walk.ResultAsync(playwright.Browser);

        Assert.True(result.Pages.Count >= 20, $"only {result.Pages.Count} pages found: {string.Join(", ", result.Pages.Select(p => p.Url))}");
        var failing = result.Pages.Where(p => p.Violations.Count > 0).ToList();
        Assert.True(failing.Count == 0, $"{failing.Count} of {result.Pages.Count} pages break WCAG 2.1 A/AA (screenshots in {SiteWalk.ArtifactsFolder}):\n"
            + string.Join("\n", failing.Select(p => $"{p.Url}:\n  " + string.Join("\n  ", p.Violations))));
    }

    [Fact]
    public async Task No_page_scrolls_sideways_on_a_390_px_phone()
    {
        var result = await walk.ResultAsync(playwright.Browser);

        var wide = result.Pages.Where(p => p.PhoneScrollWidth > SiteWalk.PhoneWidth).ToList();
        Assert.True(wide.Count == 0, $"{wide.Count} of {result.Pages.Count} pages are wider than {SiteWalk.PhoneWidth} px (screenshots in {SiteWalk.ArtifactsFolder}): "
            + string.Join(", ", wide.Select(p => $"{p.Url} {p.PhoneScrollWidth} px")));
    }

    [Fact]
    public async Task Every_page_answers_200_or_400_saying_why_and_the_unknown_address_404()
    {
        var result = await walk.ResultAsync(playwright.Browser);

        // a tab whose defaults the world cannot satisfy (the offers' backtest on the tiny world's short history) answers 400,
        // and must then say what it could not use
        Assert.All(result.Pages.Where(p => p.Url != SiteWalk.UnknownAddress),
            p => Assert.True(p.Status == 200 || (p.Status == 400 && p.SaysWhy), $"{p.Url}: {p.Status}, says why: {p.SaysWhy}"));
        Assert.Equal(404, result.Pages.Single(p => p.Url == SiteWalk.UnknownAddress).Status);
    }

    [Fact]
    public async Task The_walk_takes_well_under_two_minutes()
    {
        var result = await walk.ResultAsync(playwright.Browser);

        Assert.True(result.Took < TimeSpan.FromSeconds(100), $"{result.Pages.Count} pages took {result.Took.TotalSeconds:0} s");
    }

    [Fact]
    public async Task The_checks_catch_a_missing_alt_text_low_contrast_and_a_too_wide_page()
    {
        await using var context = await playwright.Browser.NewContextAsync(new() { ViewportSize = new() { Width = SiteWalk.PhoneWidth, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="en"><head><title>broken</title></head><body><main>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            <p style="color:#999;background:#fff">grey on white</p>
            <table><tr><td style="min-width:900px">a wide table</td></tr></table>
            </main></body></html>
            """);

        var rules = (await AxeCore.CheckAsync(page)).Select(v => v.Rule).ToList();

        Assert.Contains("image-alt", rules);
        Assert.Contains("color-contrast", rules);
        Assert.True(await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth") > SiteWalk.PhoneWidth);
    }
}
