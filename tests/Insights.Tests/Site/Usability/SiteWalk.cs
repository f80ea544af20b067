using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Insights.Tests.Site.Usability;

/// <summary>
/// One walk over every page and tab a marketing user can open on the tiny world, in one browser with one context per width:
/// at <see cref="DesktopWidth"/> axe-core's WCAG 2.1 A/AA check, at <see cref="PhoneWidth"/> whether the page as a whole scrolls
/// sideways. Pages are found as the security sweeps find them (<see cref="SiteEndpoints"/>: every Razor page the routing knows,
/// outside the admin's areas) plus every tab their own navigation links to (<see cref="SitePages"/>), plus an unknown address (the
/// 404 page). A page with a problem is saved as a full-page screenshot at both widths under <see cref="ArtifactsFolder"/>.
/// The walk runs once per class (a class fixture) and each test reads its part.
/// </summary>
public sealed partial class SiteWalk : IAsyncLifetime
{
    /// <summary>The desktop width checked (a laptop's browser window).</summary>
    public const int DesktopWidth = 1400;

    /// <summary>The phone width checked (an iPhone 12-15 in portrait).</summary>
    public const int PhoneWidth = 390;

    /// <summary>An address that is no page: the 404 page is a page people meet too.</summary>
    public const string UnknownAddress = "/no-such-page";

    /// <summary>Where the screenshots of failing pages go: TestResults/site-checks under the test output folder.</summary>
    public static string ArtifactsFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "site-checks");

    readonly SiteFactory _site = new();
    readonly SemaphoreSlim _once = new(1, 1);
    Result? _result;
    string _baseUrl = "";

    /// <summary>What the walk found on one page.</summary>
    public sealed record PageReport(string Url, int Status, IReadOnlyList<AxeCore.Violation> Violations, int PhoneScrollWidth, bool SaysWhy);

    /// <summary>Every page's report, and the folder its failures' screenshots went to.</summary>
    public sealed record Result(IReadOnlyList<PageReport> Pages, TimeSpan Took);

    public Task InitializeAsync()
    {
        _baseUrl = _site.StartOnLoopback();
        _site.LoadTinyWorld();
        return Task.CompletedTask;
    }

    /// <summary>The walk's result (walked on the first call, in <paramref name="browser"/>).</summary>
    public async Task<Result> ResultAsync(IBrowser browser)
    {
        await _once.WaitAsync();
        try { return _result ??= await WalkAsync(browser); }
        finally { _once.Release(); }
    }

    async Task<Result> WalkAsync(IBrowser browser)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var user = SignIn.EnsureUser(_site.Services, Roles.Marketing);
        var urls = await UrlsAsync(user);
        // axe is injected as a script: only a context that bypasses the CSP lets it run (the CSP itself is checked elsewhere)
        await using var desktop = await browser.NewContextAsync(new() { ViewportSize = new() { Width = DesktopWidth, Height = 900 }, BypassCSP = true });
        await using var phone = await browser.NewContextAsync(new() { ViewportSize = new() { Width = PhoneWidth, Height = 844 }, IsMobile = true, HasTouch = true });
        var wide = await desktop.NewPageAsync();
        var narrow = await phone.NewPageAsync();
        await SignIn.AsAsync(wide, _baseUrl, user);
        await SignIn.AsAsync(narrow, _baseUrl, user);

        var reports = new List<PageReport>();
        foreach (var url in urls)
        {
            var response = await wide.GotoAsync(_baseUrl + url);
            var violations = await AxeCore.CheckAsync(wide);
            var saysWhy = await wide.EvaluateAsync<bool>("document.querySelector('main .notice, #filter-problems') !== null");
            await narrow.GotoAsync(_baseUrl + url);
            var scrollWidth = await narrow.EvaluateAsync<int>("document.scrollingElement.scrollWidth");
            var report = new PageReport(url, response?.Status ?? 0, violations, scrollWidth, saysWhy);
            reports.Add(report);
            if (violations.Count > 0 || scrollWidth > PhoneWidth) await SaveScreenshotsAsync(url, wide, narrow);
        }
        return new Result(reports, started.Elapsed);
    }

    // the pages of SiteEndpoints a marketing user gets (200), their tabs, and the unknown address
    async Task<IReadOnlyList<string>> UrlsAsync(string user)
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(_baseUrl) };
        await SignIn.AsAsync(http, user);
        var urls = new List<string>();
        foreach (var endpoint in SiteEndpoints.Of(_site.Services).Where(e => e.IsPage && !e.IsAdminArea))
        {
            using var response = await http.GetAsync(endpoint.Url);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            urls.Add(endpoint.Url);
            var html = await response.Content.ReadAsStringAsync();
            foreach (Match block in TabBlock().Matches(html))
                urls.AddRange(Href().Matches(block.Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(h => h.StartsWith('/')));
        }
        urls.Add(UnknownAddress);
        return urls.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    async Task SaveScreenshotsAsync(string url, IPage wide, IPage narrow)
    {
        Directory.CreateDirectory(ArtifactsFolder);
        var name = FileSafe().Replace(url.Trim('/'), "_");
        if (name.Length == 0) name = "home";
        await wide.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, $"{name}.{DesktopWidth}.png"), FullPage = true });
        await narrow.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder, $"{name}.{PhoneWidth}.png"), FullPage = true });
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    // a page's own navigation (tabs, sub-navigation), not the header's list of reports
    [GeneratedRegex("<nav[^>]*class=\"(?:tabs|subnav)[^\"]*\"[^>]*>.*?</nav>", RegexOptions.Singleline)]
    private static partial Regex TabBlock();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex("[^A-Za-z0-9=-]+")]
    private static partial Regex FileSafe();
}
