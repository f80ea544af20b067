using Microsoft.Playwright;

namespace Insights.Tests.Fixtures;

/// <summary>Debian's Chromium (INSIGHTS_TEST_CHROMIUM, default /usr/bin/chromium) driven by Playwright; one browser per collection.</summary>
public sealed class PlaywrightFixture : IAsyncLifetime
{
    IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("INSIGHTS_TEST_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
            throw new InvalidOperationException($"No Chromium at {executable}: run the tests with ./scripts/test.sh, which installs it.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            // the machine's network is closed: keep Chromium from reaching out at every start
            Args = ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
[RunsLong(190)]
public sealed class BrowserCollection : ICollectionFixture<PlaywrightFixture>
{
    public const string Name = "browser";
}
