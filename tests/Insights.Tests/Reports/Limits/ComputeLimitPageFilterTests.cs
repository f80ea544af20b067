using System.Net;
using Insights.Reports.Limits;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Limits;

/// <summary>
/// A full gate as a visitor sees it, through the real site: the page says "busy, try again" with 503 and Retry-After in its
/// filter problems, a download says it in plain text; the pages of other kinds still answer.
/// </summary>
public sealed class ComputeLimitPageFilterTests : IClassFixture<ComputeLimitPageFilterTests.OneAtATimeSite>
{
    /// <summary>The tiny world on a site whose gates let one computation in and make no one wait.</summary>
    public sealed class OneAtATimeSite : SiteFactory
    {
        public OneAtATimeSite() : base(new TempFolder(), ownsFolder: true, settings: new Dictionary<string, string?>
        {
            ["Reports:Limits:MaxConcurrent"] = "1", ["Reports:Limits:MaxWaitSeconds"] = "0",
        })
        {
            TinyWorld.CopyTo(SourcesFolder);
            LoadTinyWorld();
        }
    }

    readonly OneAtATimeSite _site;
    // the one HTTP client of this class, a report reader's
    readonly HttpClient _client;

    public ComputeLimitPageFilterTests(OneAtATimeSite site)
    {
        _site = site;
        _client = site.ClientAs(Roles.Marketing);
    }

    [Fact]
    public async Task Busy_gate_answers_503_with_a_message_on_the_page_and_in_a_download()
    {
        var gate = _site.Services.GetRequiredService<ComputeGate>();
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var holder = Task.Run(() => gate.Run(ComputeKind.Rules, CancellationToken.None, _ => { started.Set(); release.Wait(); }));
        started.Wait();
        try
        {
            var page = await _client.GetAsync("/cross-sell/rules");
            var csv = await _client.GetAsync("/cross-sell/rules?handler=Csv");
            var otherKind = await _client.GetAsync("/cross-sell/sequences");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.NotNull(page.Headers.RetryAfter);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("id=\"filter-problems\"", html);
            Assert.Contains("The server is busy computing other basket-rule views", html);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, csv.StatusCode);
            Assert.Equal("text/plain", csv.Content.Headers.ContentType!.MediaType);
            Assert.Contains("try again", await csv.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, otherKind.StatusCode);
        }
        finally
        {
            release.Set();
            await holder;
        }
        // the gate free again: the page computes (at a support the tiny world's few baskets reach twice)
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/cross-sell/rules?minSupport=0.5")).StatusCode);
    }
}
