using Microsoft.Playwright;

namespace Insights.Tests.Reports.Pages.Segments.Export;

/// <summary>
/// In a real Chromium against the real site: build a segment with a model condition, watch the count change, save it, export
/// it as CSV and read the downloaded file back.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SegmentExportBrowserTests(PlaywrightFixture playwright) : IAsyncLifetime
{
    readonly SegmentsSite _site = new();
    string _baseUrl = "";

    public Task InitializeAsync()
    {
        _baseUrl = _site.StartOnLoopback();
        _site.Filled();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Building_saving_and_exporting_a_segment_downloads_its_members_as_csv()
    {
        await using var context = await playwright.Browser.NewContextAsync(new() { AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        await SignIn.AsAsync(page, _baseUrl, SignIn.EnsureUser(_site.Services, Roles.Marketing));
        await page.GotoAsync(_baseUrl + "/segments/new");
        await Assertions.Expect(page.Locator("#preview-members")).ToHaveTextAsync("8");
        await Assertions.Expect(page.Locator("#preview-clv")).ToHaveTextAsync("110.79 (7 with a CLV)");

        // region South (3, 4, 6), then P(alive) at least 0.5 (1, 2, 4, 6): customers 4 and 6
        await page.Locator("select.field").First.SelectOptionAsync("region");
        await page.Locator("select.values").First.SelectOptionAsync("South");
        await Assertions.Expect(page.Locator("#preview-members")).ToHaveTextAsync("3");
        await page.Locator("#add-row").ClickAsync();
        await page.Locator("select.field").Nth(1).SelectOptionAsync("p_alive");
        await page.Locator("input.min").First.FillAsync("0.5");
        await Assertions.Expect(page.Locator("#preview-members")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator("#preview-clv")).ToHaveTextAsync("45.00 (2 with a CLV)");   // (30 + 60) / 2

        await page.Locator("#name").FillAsync("South, likely alive");
        await page.Locator("#save").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/segments/[0-9]+$"));
        await page.Locator("#export-link").ClickAsync();
        await Assertions.Expect(page.Locator("#export-members")).ToHaveTextAsync("2");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-csv").ClickAsync());
        Assert.Matches("^segment-[0-9]+-south-likely-alive-[0-9]{4}-[0-9]{2}-[0-9]{2}\\.csv$", download.SuggestedFilename);
        var lines = (await File.ReadAllTextAsync((await download.PathAsync())!)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal("4,Di,Di May,,South,\"South, likely alive\",Books,buyers of Games buy Books,9.00", lines[1]);
        // customer 6's full name starts with '=': written as text
        Assert.StartsWith("6,Fay,\"'=Fay", lines[2], StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }
}
