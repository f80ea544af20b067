using Microsoft.Playwright;

namespace Insights.Tests.Reports.Pages.Customers;

/// <summary>The search as you type and the profile in a real Chromium against the real site (TestData/customers).</summary>
[Collection(BrowserCollection.Name)]
public sealed class CustomerBrowserTests(PlaywrightFixture playwright) : IAsyncLifetime
{
    readonly CustomerSite _site = new();
    string _baseUrl = "";

    public Task InitializeAsync()
    {
        _baseUrl = _site.StartOnLoopback();
        _site.Filled();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Typing_a_name_lists_customers_without_submitting_and_a_result_opens_the_profile()
    {
        await using var context = await playwright.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") refused.Add(message.Text); };
        await SignIn.AsAsync(page, _baseUrl, SignIn.EnsureUser(_site.Services, Roles.Marketing));
        await page.GotoAsync(_baseUrl + "/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Customer 360", Exact = true }).ClickAsync();
        await page.Locator("#q").PressSequentiallyAsync("bjor", new() { Delay = 40 });

        // the script's answer, not a submitted form: the address has no query
        var rows = page.Locator("#search-results tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.First).ToContainTextAsync("Björn Ångström");
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("2 customer(s) match “bjor”.");
        Assert.EndsWith("/customers", page.Url, StringComparison.Ordinal);

        await rows.First.GetByRole(AriaRole.Link, new() { Name = "Björn" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(_baseUrl + "/customers/1");
        await Assertions.Expect(page.Locator("#greeting")).ToHaveTextAsync("Greet as Björn");

        await page.Locator("#timeline nav a[data-kind=order]").ClickAsync();
        await Assertions.Expect(page.Locator("#events tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#events tbody tr[data-kind=order]")).ToHaveCountAsync(2);
        Assert.Empty(refused);
    }

    [Fact]
    public async Task Markup_typed_into_the_search_stays_text()
    {
        await using var context = await playwright.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var dialogs = 0;
        page.Dialog += async (_, dialog) => { dialogs++; await dialog.DismissAsync(); };
        await SignIn.AsAsync(page, _baseUrl, SignIn.EnsureUser(_site.Services, Roles.Marketing));
        await page.GotoAsync(_baseUrl + "/customers");

        await page.Locator("#q").FillAsync("zoë");
        var row = page.Locator("#search-results tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Zoë <script>alert(1)</script>");
        Assert.Equal(0, await page.Locator("#search-results script").CountAsync());
        Assert.Equal(0, dialogs);
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }
}
