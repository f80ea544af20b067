using Microsoft.Playwright;

namespace Insights.Tests.Site.Security;

/// <summary>
/// The pages in a real Chromium under their Content-Security-Policy: no violation on any page linked from the site (Chromium
/// reports each one on the console), our stylesheet applies, and the console listener does catch a violation when there is one.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyBrowserTests(PlaywrightFixture playwright) : IAsyncLifetime
{
    readonly SiteFactory _site = new();
    string _baseUrl = "";

    public Task InitializeAsync()
    {
        _baseUrl = _site.StartOnLoopback();
        _site.LoadTinyWorld();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_page_runs_under_its_policy_without_a_violation()
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = new Uri(_baseUrl) };
        await SignIn.AsAsync(http, SignIn.EnsureUser(_site.Services, Roles.Admin));
        var pages = await SitePages.DiscoverAsync(http);
        await using var context = await playwright.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, _baseUrl, SignIn.EnsureUser(_site.Services, Roles.Admin));
        var messages = Listen(page);

        foreach (var url in pages)
        {
            var response = await page.GotoAsync(_baseUrl + url, new() { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.True(response!.Ok, $"{url}: {response.Status}");
            // the stylesheet applied: a blocked site.css would leave the browser's white background
            if (!url.StartsWith("/hangfire", StringComparison.Ordinal))
                Assert.Equal("rgb(247, 249, 251)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        }

        Assert.True(messages.Count == 0, $"{messages.Count} console errors on {pages.Count} pages: {string.Join("\n", messages)}");
    }

    [Fact]
    public async Task The_migration_matrix_is_shaded_by_classes_the_policy_allows()
    {
        await using var context = await playwright.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, _baseUrl, SignIn.EnsureUser(_site.Services, Roles.Admin));
        var messages = Listen(page);

        await page.GotoAsync(_baseUrl + "/loyalty?view=migration", new() { WaitUntil = WaitUntilState.NetworkIdle });
        var cells = page.Locator("#migration td[class*='heat-']");

        Assert.True(await cells.CountAsync() > 0, "no shaded cell in the migration matrix");
        var background = await cells.First.EvaluateAsync<string>("cell => getComputedStyle(cell).backgroundColor");
        Assert.StartsWith("rgba(47, 102, 144, 0.", background);
        Assert.Empty(messages);
    }

    [Fact]
    public async Task An_inline_script_is_refused_and_the_refusal_is_seen_on_the_console()
    {
        await using var context = await playwright.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, _baseUrl, SignIn.EnsureUser(_site.Services, Roles.Admin));
        var messages = Listen(page);
        await page.GotoAsync(_baseUrl + "/", new() { WaitUntil = WaitUntilState.NetworkIdle });

        var refusal = page.WaitForConsoleMessageAsync(new()
        {
            Predicate = m => m.Text.Contains("Content Security Policy", StringComparison.Ordinal),
            Timeout = 10_000,
        });
        try
        {
            await page.AddScriptTagAsync(new() { Content = "document.body.dataset.injected = 'ran';" });
        }
        catch (PlaywrightException)
        {
            // Playwright may report the refused script itself; the console is what the other tests watch
        }

        Assert.Contains("inline script", (await refusal).Text);
        Assert.Null(await page.EvaluateAsync<string?>("document.body.dataset.injected ?? null"));
        Assert.Contains(messages, m => m.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    // console errors (a CSP violation is one) and uncaught page errors
    static List<string> Listen(IPage page)
    {
        var messages = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" || message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                lock (messages) messages.Add($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => { lock (messages) messages.Add($"{page.Url}: {error}"); };
        return messages;
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();
}
