using System.Net;
using Insights.Reports.Limits;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Limits;

/// <summary>
/// The large-download gate as a visitor sees it, through the real site: with its one place taken, the large downloads (the
/// loyalty customers, the offers' target list, the intervals lists) answer 503 with Retry-After and a plain-text message before
/// any CSV header, a small table still downloads, and once the place is back they download whole and give it back.
/// </summary>
public sealed class DownloadGatePageTests : IClassFixture<DownloadGatePageTests.OneDownloadSite>
{
    /// <summary>The tiny world on a site whose download gate lets one large download in and makes no one wait.</summary>
    public sealed class OneDownloadSite : SiteFactory
    {
        public OneDownloadSite() : base(new TempFolder(), ownsFolder: true, settings: new Dictionary<string, string?>
        {
            ["Reports:Downloads:MaxConcurrent"] = "1", ["Reports:Downloads:MaxWaitSeconds"] = "0",
        })
        {
            TinyWorld.CopyTo(SourcesFolder);
            LoadTinyWorld();
        }
    }

    static readonly string[] LargeDownloads =
    [
        "/loyalty?handler=csv",
        "/loyalty?handler=csv&table=customers",
        "/cross-sell/offers?handler=csv",
        "/intervals?handler=customerscsv",
        "/intervals?handler=overduecsv",
    ];

    readonly OneDownloadSite _site;
    readonly HttpClient _client;

    public DownloadGatePageTests(OneDownloadSite site)
    {
        _site = site;
        _client = site.ClientAs(Roles.Marketing);
    }

    [Fact]
    public async Task Large_downloads_past_the_gate_are_refused_before_their_headers_and_stream_once_it_has_room()
    {
        var gate = _site.Services.GetRequiredService<DownloadGate>();
        Assert.Equal(1, gate.Options.MaxConcurrent);   // the settings reached the gate
        var held = await gate.EnterAsync(CancellationToken.None);
        try
        {
            foreach (var path in LargeDownloads)
            {
                using var refused = await _client.GetAsync(path);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
                Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
                Assert.Equal("text/plain", refused.Content.Headers.ContentType!.MediaType);
                Assert.Null(refused.Content.Headers.ContentDisposition);   // no file was begun
                Assert.Contains("busy streaming 1 other large downloads", await refused.Content.ReadAsStringAsync());
            }
            using var small = await _client.GetAsync("/loyalty?handler=csv&table=rfm");   // one row per segment: not gated
            Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        }
        finally
        {
            held.Dispose();
        }

        foreach (var path in LargeDownloads)
        {
            using var whole = await _client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
            Assert.Equal("text/csv", whole.Content.Headers.ContentType!.MediaType);
            // given back when its response completed, so the next one finds the place free
            Assert.True(SpinWait.SpinUntil(() => gate.Streaming == 0, TimeSpan.FromSeconds(30)), $"{path} kept its place");
        }
    }
}
