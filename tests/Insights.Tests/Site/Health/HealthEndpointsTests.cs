using System.Net;
using System.Text.Json;
using Insights.Warehouse;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Site.Health;

/// <summary>
/// /healthz says only that the process answers; /healthz/ready says whether the warehouse answers and how old each source's last
/// successful load is against Health:MaxLoadAgeHours, by the clock the ETL stamps its runs with (set by the test).
/// </summary>
public sealed class HealthEndpointsTests : IDisposable
{
    static readonly DateTimeOffset Start = new(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);

    readonly SettableClock _clock = new(Start);
    readonly ClockedSite _site;
    readonly HttpClient _client;

    /// <summary>The tiny world's sources, not loaded; the site's clock is the test's.</summary>
    sealed class ClockedSite : SiteFactory
    {
        readonly TimeProvider _clock;

        public ClockedSite(TimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null)
            : base(new TempFolder(), ownsFolder: true, settings: settings)
        {
            _clock = clock;
            TinyWorld.CopyTo(SourcesFolder);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(_clock).AddTransient<IStartupFilter, PeerAddressFilter>());
        }
    }

    public HealthEndpointsTests()
    {
        _site = new ClockedSite(_clock, new Dictionary<string, string?> { ["Health:MaxLoadAgeHours"] = "24" });
        _client = _site.ClientAs(Roles.Admin);   // the readiness detail is the admin's
    }

    [Fact]
    public async Task Liveness_says_healthy_and_nothing_more()
    {
        using var response = await _site.AnonymousClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_fresh_warehouse_is_degraded_with_every_source_never_loaded()
    {
        var (status, report) = await ReadyAsync();

        Assert.Equal(HttpStatusCode.OK, status);   // it serves (pages say there is no data yet): ready, but degraded
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        var sources = Sources(report);
        Assert.Equal(["operational", "contacts", "complaints"], sources.Select(s => s.GetProperty("source").GetString()));
        Assert.All(sources, s =>
        {
            Assert.Equal("Degraded", s.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, s.GetProperty("lastSuccessAt").ValueKind);
        });
    }

    [Fact]
    public async Task After_a_load_it_is_healthy_until_the_load_is_older_than_the_maximum()
    {
        _site.LoadTinyWorld();

        var (status, report) = await ReadyAsync();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.All(Sources(report), s => Assert.Equal(0, s.GetProperty("ageHours").GetDouble()));

        _clock.Now = Start.AddHours(24);   // exactly the maximum: still fresh enough
        Assert.Equal("Healthy", (await ReadyAsync()).Report.GetProperty("status").GetString());

        _clock.Now = Start.AddHours(25);
        (status, report) = await ReadyAsync();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        Assert.All(Sources(report), s =>
        {
            Assert.Equal("Degraded", s.GetProperty("status").GetString());
            Assert.Equal(25, s.GetProperty("ageHours").GetDouble());
        });
        Assert.Contains("24 h", report.GetProperty("checks").GetProperty("warehouse").GetProperty("description").GetString());
    }

    [Fact]
    public async Task One_stale_source_is_enough_to_degrade()
    {
        _site.LoadTinyWorld();
        _clock.Now = Start.AddHours(30);
        _site.Services.GetRequiredService<Insights.Etl.EtlRunner>().Run("contacts", "test", CancellationToken.None);

        var report = (await ReadyAsync()).Report;

        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        var byName = Sources(report).ToDictionary(s => s.GetProperty("source").GetString()!, s => s.GetProperty("status").GetString());
        Assert.Equal("Healthy", byName["contacts"]);
        Assert.Equal("Degraded", byName["operational"]);
        Assert.Equal("Degraded", byName["complaints"]);
    }

    [Fact]
    public async Task A_warehouse_that_does_not_answer_is_unhealthy_with_503_and_no_error_text()
    {
        _site.LoadTinyWorld();
        using (var connection = _site.Services.GetRequiredService<DuckDbWarehouse>().OpenConnection())
            connection.ExecuteNonQuery("alter table etl_run rename to etl_run_gone");

        using var response = await _client.GetAsync("/healthz/ready");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", JsonDocument.Parse(body).RootElement.GetProperty("status").GetString());
        Assert.DoesNotContain("etl_run", body);   // the exception's message (a table name, a path) stays in the log
        Assert.DoesNotContain("Exception", body);
        Assert.Equal("Healthy", await _client.GetStringAsync("/healthz"));   // liveness does not depend on the warehouse
    }

    [Fact]
    public async Task Without_an_account_readiness_answers_only_this_machine_and_gives_the_status_only_with_its_code()
    {
        using var anonymous = _site.AnonymousClient();
        anonymous.DefaultRequestHeaders.Add(PeerSite.PeerHeader, "127.0.0.1");   // docker compose's health check, in the container
        using var fresh = await anonymous.GetAsync("/healthz/ready");
        Assert.Equal((HttpStatusCode.OK, "Degraded"), (fresh.StatusCode, await fresh.Content.ReadAsStringAsync()));

        _site.LoadTinyWorld();
        using var loaded = await anonymous.GetAsync("/healthz/ready");
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (loaded.StatusCode, await loaded.Content.ReadAsStringAsync()));

        // a stranger on another machine is sent to sign in, as from any page; liveness still answers them
        using var stranger = _site.AnonymousClient();
        stranger.DefaultRequestHeaders.Add(PeerSite.PeerHeader, "203.0.113.7");
        using var refused = await stranger.GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/sign-in", refused.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
        Assert.DoesNotContain("Healthy", await refused.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", await stranger.GetStringAsync("/healthz"));

        // a signed-in reader without the admin role gets no more than a stranger
        using var reader = _site.ClientAs(Roles.Marketing);
        Assert.Equal("Healthy", await reader.GetStringAsync("/healthz/ready"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("100000")]
    public void A_maximum_age_out_of_range_stops_the_start(string hours)
    {
        using var site = new ClockedSite(_clock, new Dictionary<string, string?> { ["Health:MaxLoadAgeHours"] = hours });

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("MaxLoadAgeHours", error.ToString());
    }

    async Task<(HttpStatusCode Status, JsonElement Report)> ReadyAsync()
    {
        // signed in afresh: the tests move the site's clock by days, past any session's end
        using var admin = _site.ClientAs(Roles.Admin);
        using var response = await admin.GetAsync("/healthz/ready");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    static List<JsonElement> Sources(JsonElement report) =>
        [.. report.GetProperty("checks").GetProperty("warehouse").GetProperty("data").GetProperty("sources").EnumerateArray()];

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }
}
