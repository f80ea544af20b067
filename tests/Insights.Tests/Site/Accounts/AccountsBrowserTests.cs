using System.Text.RegularExpressions;
using Insights.Site.Accounts;
using Microsoft.Playwright;

namespace Insights.Tests.Site.Accounts;

/// <summary>
/// Accounts in a real Chromium: an operator's first sign-in with the one-time password from the console, the forced change,
/// a report, and signing out; a locked-out account sees why it cannot sign in.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class AccountsBrowserTests(PlaywrightFixture playwright) : IDisposable
{
    readonly TempFolder _folder = new();

    [Fact]
    public async Task First_sign_in_with_the_one_time_password_changes_it_browses_a_report_and_signs_out()
    {
        const string chosen = "Operator-chose-this-9?";
        using var site = new SiteProcess(_folder.Path, new Dictionary<string, string>
        {
            ["Auth__InitialAdminPassword"] = "",
            ["Warehouse__DatabasePath"] = _folder.File("insights.duckdb"),
            ["Etl__SourcesFolder"] = Directory.CreateDirectory(_folder.File("sources")).FullName,
            ["Etl__RunOnStart"] = "false",
            ["Demo__GenerateOnFirstStart"] = "false",
            ["Reports__WarmUp__Enabled"] = "false",
            ["Hangfire__PostgresConnectionString"] = "",
        });
        await site.WaitUntilServingAsync(TimeSpan.FromMinutes(1));
        var oneTime = OneTimePassword().Match(site.Output).Groups[1].Value;
        var baseUrl = site.BaseAddress.ToString().TrimEnd('/');
        await using var context = await playwright.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(baseUrl + "/loyalty");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/sign-in\\?ReturnUrl="));
        await page.FillAsync("#UserName", AccountsInitializer.FirstAdmin);
        await page.FillAsync("#Password", oneTime);
        await page.ClickAsync("main button[type=submit]");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/password\\?returnUrl=%2Floyalty$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("one-time password");
        await page.FillAsync("#Current", oneTime);
        await page.FillAsync("#New", chosen);
        await page.FillAsync("#Confirm", chosen);
        await page.ClickAsync("main button[type=submit]");

        await Assertions.Expect(page).ToHaveURLAsync(baseUrl + "/loyalty");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Loyalty");
        await page.GetByRole(AriaRole.Link, new() { Name = "Purchase intervals" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(baseUrl + "/intervals");
        await Assertions.Expect(page.Locator(".account")).ToContainTextAsync(AccountsInitializer.FirstAdmin);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(baseUrl + "/account/sign-in");
        await page.GotoAsync(baseUrl + "/intervals");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/sign-in\\?ReturnUrl="));
        // and the chosen password is the one that works now, back to the page asked for
        await page.FillAsync("#UserName", AccountsInitializer.FirstAdmin);
        await page.FillAsync("#Password", chosen);
        await page.ClickAsync("main button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(baseUrl + "/intervals");
    }

    [Fact]
    public async Task A_locked_out_account_is_told_it_is_locked_even_with_the_right_password()
    {
        using var site = new AccountsSite(new Dictionary<string, string?> { ["Auth:MaxFailedSignIns"] = "2" });
        var baseUrl = site.StartOnLoopback();
        site.AddUser("locked-in-browser", Roles.Marketing);
        await using var context = await playwright.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "/account/sign-in");

        foreach (var password in new[] { "Wrong-password-1!", "Wrong-password-2!", SignIn.Password })
        {
            await page.FillAsync("#UserName", "locked-in-browser");
            await page.FillAsync("#Password", password);
            await page.ClickAsync("main button[type=submit]");
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("this account is locked");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/sign-in"));
        await Assertions.Expect(page.Locator(".account")).ToHaveCountAsync(0);   // nobody signed in
    }

    public void Dispose() => _folder.Dispose();

    [GeneratedRegex(@"with this one-time password:\s+(\S+)")]
    private static partial Regex OneTimePassword();
}
