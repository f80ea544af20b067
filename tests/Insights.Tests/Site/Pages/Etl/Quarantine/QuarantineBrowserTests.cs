using Microsoft.Playwright;

namespace Insights.Tests.Site.Pages.Etl.Quarantine;

/// <summary>The quarantine browser in a real Chromium against the real site on a loopback socket.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QuarantineBrowserTests(PlaywrightFixture playwright) : IAsyncLifetime
{
    readonly SiteFactory _site = new();
    string _baseUrl = "";

    public Task InitializeAsync()
    {
        File.AppendAllText(Path.Combine(_site.SourcesFolder, "contacts", "contacts.csv"),
            "4,1,2024-13-45 10:00:00,email,outbound,0,newsletter\n");   // line 5: impossible date
        _baseUrl = _site.StartOnLoopback();
        _site.LoadTinyWorld();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Quarantine_page_shows_the_summary_and_its_count_leads_to_the_rows()
    {
        await using var context = await playwright.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, _baseUrl, SignIn.EnsureUser(_site.Services, Roles.Admin));
        await page.GotoAsync(_baseUrl + "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Quarantine" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(_baseUrl + "/etl/quarantine");

        var summary = page.Locator("#quarantine-summary tbody tr");
        await Assertions.Expect(summary).ToHaveCountAsync(1);
        await Assertions.Expect(summary.Locator("td").First).ToHaveTextAsync("contacts");
        await summary.GetByRole(AriaRole.Link, new() { Name = "1" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/etl/quarantine\\?source=contacts&reason="));
        await Assertions.Expect(page.Locator("#quarantine-rows tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#quarantine-rows code.raw")).ToHaveTextAsync("4,1,2024-13-45 10:00:00,email,outbound,0,newsletter");
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();
}
