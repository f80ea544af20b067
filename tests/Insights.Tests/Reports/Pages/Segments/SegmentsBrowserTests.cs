using Microsoft.Playwright;

namespace Insights.Tests.Reports.Pages.Segments;

/// <summary>The segment editor in a real Chromium against the real site: build a segment, watch the count change, save it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SegmentsBrowserTests(PlaywrightFixture playwright) : IAsyncLifetime
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
    public async Task Building_a_segment_updates_the_count_and_saving_lists_it()
    {
        await using var context = await playwright.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        var dialogs = 0;
        page.Dialog += async (_, dialog) => { dialogs++; await dialog.DismissAsync(); };
        await SignIn.AsAsync(page, _baseUrl, SignIn.EnsureUser(_site.Services, Roles.Marketing));
        await page.GotoAsync(_baseUrl + "/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Segments", Exact = true }).ClickAsync();
        await page.Locator("#new-segment").ClickAsync();
        await Assertions.Expect(page.Locator("#preview-members")).ToHaveTextAsync("8");

        // choosing a field posts the form back for that field's operators and values; choosing a value previews by script
        await page.Locator("select.field").First.SelectOptionAsync("region");
        await Assertions.Expect(page.Locator("select.values").First).ToBeVisibleAsync();
        await page.Locator("select.values").First.SelectOptionAsync("South");
        await Assertions.Expect(page.Locator("#preview-members")).ToHaveTextAsync("3");
        await Assertions.Expect(page.Locator("#preview-share")).ToHaveTextAsync("37.5 %");
        await Assertions.Expect(page.Locator("#by-segment tbody tr")).ToHaveCountAsync(3);

        await page.Locator("#add-row").ClickAsync();
        await page.Locator("select.field").Nth(1).SelectOptionAsync("complaints");
        await Assertions.Expect(page.Locator("select.op").Nth(1)).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#preview-members")).ToHaveTextAsync("2");   // South and any complaint: 3, 4

        await page.Locator("#name").FillAsync("South <b>complainers</b>");
        await page.Locator("#description-input").FillAsync("=1+1 <script>alert(1)</script>");
        await page.Locator("#save").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/segments/[0-9]+$"));
        await Assertions.Expect(page.Locator("#title")).ToHaveTextAsync("South <b>complainers</b>");
        await Assertions.Expect(page.Locator("#size-history tbody tr")).ToHaveCountAsync(1);

        await page.GotoAsync(_baseUrl + "/segments");
        var row = page.Locator("#segments tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator("td").Nth(0)).ToHaveTextAsync("South <b>complainers</b>");
        await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("2");
        Assert.Equal(0, dialogs);
        Assert.Empty(errors);
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }
}
