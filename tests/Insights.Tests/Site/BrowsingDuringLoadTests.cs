using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Hangfire;
using Insights.Demo;
using Insights.Etl;
using Insights.Etl.Jobs;
using Insights.Warehouse;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Insights.Tests.Site;

/// <summary>
/// The site while the warehouse loads: 20 clients browse every page while the site's own Hangfire jobs make a full load of
/// the demo world (every source, each in one transaction). No request fails, and every page a client gets is exactly the
/// page of one committed state: the states are recorded between the loads, when nothing writes, and each response must
/// equal one of them (a page that read part of its numbers before a commit and part after equals none).
/// Scale: 0.02 by default (CI: what is proven is the isolation of each commit, whatever its size; CommitIsolationTests meets
/// a larger commit); INSIGHTS_SITE_LOAD_SCALE=1 runs the demo world at SF1 (by hand: minutes on 2 cores).
/// </summary>
[Collection(HangfireSiteCollection.Name)]
public sealed class BrowsingDuringLoadTests(ITestOutputHelper output) : IDisposable
{
    const int Clients = 20;
    static readonly DateOnly EndDate = new(2026, 6, 30);
    static readonly TimeSpan LoadTimeout = TimeSpan.FromMinutes(30);

    readonly TempFolder _folder = new();

    sealed record Response(string Page, int Status, string Body, double Milliseconds);

    // The site's clock stands still for the test: the complaints view ages open complaints by "now" rounded to 5 minutes, and a
    // response just before a 5-minute step never equals the state recorded just after it, though both read one committed state.
    sealed class LoadingSite(TempFolder folder) : SiteFactory(folder, ownsFolder: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(new SettableClock(DateTimeOffset.UtcNow)));
        }
    }

    [Fact]
    public async Task Twenty_clients_browsing_every_page_during_a_full_load_get_no_error_and_never_a_mix_of_two_states()
    {
        var scale = double.Parse(Environment.GetEnvironmentVariable("INSIGHTS_SITE_LOAD_SCALE") ?? "0.02", CultureInfo.InvariantCulture);
        var total = Stopwatch.StartNew();
        await using var site = new LoadingSite(_folder);
        var baseUrl = site.StartOnLoopback();
        var preparer = site.Services.GetRequiredService<DemoSourcePreparer>();
        var runner = site.Services.GetRequiredService<EtlRunner>();
        // the warehouse before: a smaller world of the same seed; then the sources become the demo world at the scale asked
        preparer.Generate(Math.Max(scale / 10, 0.01), seed: 42, EndDate, toPostgres: false);
        runner.RunAll("test", CancellationToken.None);
        var generate = Stopwatch.StartNew();
        preparer.Generate(scale, seed: 42, EndDate, toPostgres: false);
        output.WriteLine($"before state loaded and SF{scale} generated; generation {generate.Elapsed.TotalSeconds:F1} s");

        // one signed-in session shared by the clients, as a team's browsers would share an admin's view of every page
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() })
            { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(10) };
        await SignIn.AsAsync(http, SignIn.EnsureUser(site.Services, Roles.Admin));
        var pages = await SitePages.DiscoverAsync(http);
        var compared = pages.Where(p => !SitePages.IsLive(p)).ToList();
        var states = new List<Dictionary<string, string>> { await RecordStateAsync(site, http, compared) };

        using var stop = new CancellationTokenSource();
        var responses = new ConcurrentQueue<Response>();
        var browsing = new Browsing(Clients);
        var clients = Enumerable.Range(0, Clients).Select(i => Task.Run(() => BrowseAsync(http, pages, i, responses, browsing, stop.Token))).ToList();

        var jobs = site.Services.GetRequiredService<IBackgroundJobClient>();
        var storage = site.Services.GetRequiredService<JobStorage>();
        var load = Stopwatch.StartNew();
        var duringLoads = 0;
        foreach (var source in runner.Sources)
        {
            var before = responses.Count;
            // as `etl run --full`: the first source re-reads everything and rebuilds the star schema, the others build on it
            var full = source == runner.Sources[0];
            var id = jobs.Enqueue<LoadSourceJob>(job => job.Run(source, "test", full, CancellationToken.None));
            await HangfireJobs.WaitForStateAsync(storage, id, "Succeeded", LoadTimeout);
            duringLoads += responses.Count - before;
            output.WriteLine($"{source}: full load done at {load.Elapsed.TotalSeconds:F1} s");
            // the clients wait while a state is recorded (they browse during the loads, and the record is quick without them)
            await browsing.PauseAsync();
            states.Add(await RecordStateAsync(site, http, compared));
            browsing.Resume();
        }
        var loadSeconds = load.Elapsed.TotalSeconds;
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        var all = responses.ToList();
        foreach (var page in pages)
        {
            var of = all.Where(r => r.Page == page).Select(r => r.Milliseconds).Order().ToList();
            output.WriteLine($"{page}: {of.Count} requests, median {Percentile(of, 0.5):F0} ms, p95 {Percentile(of, 0.95):F0} ms, max {of.LastOrDefault():F0} ms");
        }
        var failed = all.Where(r => r.Status != 200).ToList();
        output.WriteLine($"SF{scale}: {all.Count} requests by {Clients} clients ({duringLoads} answered while a load ran), " +
                         $"{failed.Count} failed; loads {loadSeconds:F1} s; test {total.Elapsed.TotalSeconds:F1} s; " +
                         $"overview before {SitePages.Headline(states[0]["/"])}, after {SitePages.Headline(states[^1]["/"])}");

        Assert.True(duringLoads >= Clients, $"only {duringLoads} responses came while a load ran: the test did not browse during the load");
        Assert.NotEqual(states[0]["/"], states[^1]["/"]);
        var mixed = all.Where(r => r.Status == 200 && !SitePages.IsLive(r.Page) && !states.Any(s => s[r.Page] == r.Body)).ToList();
        var problems = new List<string>();
        if (failed.Count > 0)
            problems.Add($"{failed.Count} requests failed ({string.Join(", ", failed.Select(f => $"{f.Page} {f.Status}").Distinct())}), the first: " +
                         Excerpt(failed[0].Body));
        if (mixed.Count > 0)
            problems.Add($"{mixed.Count} responses are none of the {states.Count} committed states, on {string.Join(", ", mixed.Select(m => m.Page).Distinct())}; " +
                         $"the first: {Difference(mixed[0].Body, states.Select(s => s[mixed[0].Page]))}; all kept in {KeepForInspection(mixed, states)}");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // the responses that matched no state, and the states of their pages, as files to compare (kept after the test)
    static string KeepForInspection(IEnumerable<Response> mixed, IReadOnlyList<Dictionary<string, string>> states)
    {
        var folder = Path.Combine(Path.GetTempPath(), "insights-site-load", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        static string Name(string page) => string.Concat(page.Select(c => char.IsLetterOrDigit(c) ? c : '_'));
        var n = 0;
        foreach (var response in mixed.DistinctBy(r => r.Body))
        {
            File.WriteAllText(Path.Combine(folder, $"{Name(response.Page)}.response{++n}.html"), response.Body);
            for (var i = 0; i < states.Count; i++)
                File.WriteAllText(Path.Combine(folder, $"{Name(response.Page)}.state{i}.html"), states[i][response.Page]);
        }
        return folder;
    }

    // where a response departs from the committed state it resembles most
    static string Difference(string body, IEnumerable<string> candidates)
    {
        var (closest, at) = candidates.Select(c => (c, Enumerable.Range(0, Math.Min(c.Length, body.Length)).FirstOrDefault(i => c[i] != body[i], Math.Min(c.Length, body.Length))))
            .MaxBy(x => x.Item2);
        var from = Math.Max(0, at - 200);
        return $"at character {at}, the response says \"…{body[from..Math.Min(body.Length, at + 200)]}…\" where the state says " +
               $"\"…{closest[from..Math.Min(closest.Length, at + 200)]}…\"";
    }

    // Every page of one committed state, read twice: a page must be the same at the same state, or the comparison means nothing.
    // The loyalty report caches per state and reads the state at most once a second, so wait until it has seen the last commit.
    async Task<Dictionary<string, string>> RecordStateAsync(LoadingSite site, HttpClient http, IReadOnlyList<string> pages)
    {
        long latest;
        using (var connection = site.Services.GetRequiredService<DuckDbWarehouse>().OpenConnection())
            latest = connection.ExecuteScalar<long>("select coalesce(max(run_id), 0) from etl_run where finished_at is not null");
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!(await http.GetStringAsync("/loyalty")).Contains($"state={latest}\"", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        var state = new Dictionary<string, string>();
        foreach (var page in pages)
        {
            var first = SitePages.Normalise(await http.GetStringAsync(page));
            var second = SitePages.Normalise(await http.GetStringAsync(page));
            Assert.True(first == second, $"{page} differs between two reads of one committed state (run {latest})");
            state[page] = first;
        }
        return state;
    }

    static async Task BrowseAsync(HttpClient http, IReadOnlyList<string> pages, int client, ConcurrentQueue<Response> responses,
        Browsing browsing, CancellationToken stop)
    {
        for (var i = client; !stop.IsCancellationRequested; i++)
        {
            var page = pages[i % pages.Count];
            await browsing.EnterAsync();
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await http.GetAsync(page, CancellationToken.None);
                var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                responses.Enqueue(new Response(page, (int)response.StatusCode, SitePages.Normalise(body), watch.Elapsed.TotalMilliseconds));
            }
            catch (HttpRequestException e)
            {
                responses.Enqueue(new Response(page, 0, e.ToString(), watch.Elapsed.TotalMilliseconds));   // no answer at all
            }
            finally
            {
                browsing.Exit();
            }
        }
    }

    static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    static string Excerpt(string? body) => body is null ? "" : body[..Math.Min(body.Length, 600)];

    public void Dispose() => _folder.Dispose();
}
