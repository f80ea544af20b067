using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace Insights.Tests.Site;

/// <summary>
/// Issue 16, "no single request may take the server down" and "bad input gives a message, not a 500": every parameter of every
/// page and download (found by <see cref="SiteParameters"/>), sent each of its type's <see cref="WorstValues"/>, answers
/// without a 5xx, within seconds, with the refusal's message when it refuses, while the process's memory stays bounded.
/// </summary>
public sealed class WorstValuesTests(WorstValuesSite site, ITestOutputHelper output) : IClassFixture<WorstValuesSite>
{
    /// <summary>Longest a single answer may take: every value here is refused by a rule or computes a small world's view.</summary>
    static readonly TimeSpan MaxAnswer = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Growth of the managed heap allowed over the sweep (peak, sampled while requests run). A minimum count of 1 basket grew
    /// the site past 20 GB before FP-growth had a floor; the whole sweep needs a few hundred MB at most.
    /// </summary>
    const long MaxManagedGrowth = 1L << 30;

    /// <summary>Growth of the process's working set allowed (managed, DuckDB's native memory, the test host's other tests).</summary>
    const long MaxWorkingSetGrowth = 3L << 30;

    // the one HTTP client of this class: the admin's, who reaches every page (the ETL's too)
    readonly HttpClient _client = CreateClient(site.Factory);

    static HttpClient CreateClient(SiteFactory factory)
    {
        // a hung request fails on the time check below, not on the test's timeout
        return factory.ClientAs(Roles.Admin, TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Every_parameter_of_every_page_and_download_survives_its_worst_values()
    {
        var handlers = await SiteParameters.DiscoverAsync(site.Factory.Services);
        Assert.Contains(handlers, h => h.Route == "/intervals" && h.Parameters.Any(p => p.Name == "Filter.Horizon"));
        Assert.Contains(handlers, h => h.Route == "/loyalty" && h.Handler == "Csv" && h.Parameters.Any(p => p.Name == "table"));
        Assert.Contains(handlers, h => h.Route == "/cross-sell/rules" && h.Handler == "Csv");
        var failures = new List<string>();
        var sent = 0;
        using var memory = new MemoryWatch();
        var clock = Stopwatch.StartNew();
        foreach (var handler in handlers)
            foreach (var parameter in handler.Parameters)
                foreach (var value in WorstValues.For(parameter))
                {
                    var url = handler.Url($"{Uri.EscapeDataString(parameter.Name)}={Uri.EscapeDataString(value)}");
                    sent++;
                    if (await Problem(handler, url) is { } problem) failures.Add($"{Shorten(url)}: {problem}");
                }

        output.WriteLine($"{sent} requests to {handlers.Count} handlers in {clock.Elapsed.TotalSeconds:0.0} s; " +
            $"peak growth: managed {memory.ManagedGrowth:N0} B, working set {memory.WorkingSetGrowth:N0} B");
        Assert.True(sent > 500, $"only {sent} requests: the discovery missed pages or parameters");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests failed:\n" + string.Join("\n", failures));
        Assert.True(memory.ManagedGrowth < MaxManagedGrowth, $"the managed heap grew by {memory.ManagedGrowth:N0} bytes");
        Assert.True(memory.WorkingSetGrowth < MaxWorkingSetGrowth, $"the working set grew by {memory.WorkingSetGrowth:N0} bytes");
    }

    async Task<string?> Problem(SiteHandler handler, string url)
    {
        var clock = Stopwatch.StartNew();
        HttpResponseMessage response;
        string body;
        try
        {
            response = await _client.GetAsync(url);
            body = await response.Content.ReadAsStringAsync();
        }
        catch (TaskCanceledException)
        {
            return $"no answer within {_client.Timeout.TotalSeconds} s";
        }
        var status = (int)response.StatusCode;
        if (status >= 500) return $"{status}";
        if (clock.Elapsed > MaxAnswer) return $"answered {status} after {clock.Elapsed.TotalSeconds:0.0} s";
        if (response.StatusCode != HttpStatusCode.BadRequest) return null;
        if (body.Contains("Exception", StringComparison.Ordinal)) return "400 naming an exception";
        if (handler.IsDownload)
            return response.Content.Headers.ContentType?.MediaType == "text/plain" && body.Trim().Length > 0 ? null : "400 without a message";
        return body.Contains("id=\"filter-problems\"", StringComparison.Ordinal) && body.Contains("<li>", StringComparison.Ordinal)
            ? null : "400 page without the filter problems";
    }

    static string Shorten(string url) => url.Length <= 160 ? url : url[..160] + "…";

    /// <summary>Samples the heap and the working set while the sweep runs and keeps their peaks over the start.</summary>
    sealed class MemoryWatch : IDisposable
    {
        readonly CancellationTokenSource _stop = new();
        readonly Task _sampling;
        readonly long _managedStart;
        readonly long _workingSetStart;
        long _managedPeak;
        long _workingSetPeak;

        public MemoryWatch()
        {
            _managedStart = _managedPeak = GC.GetTotalMemory(forceFullCollection: true);
            _workingSetStart = _workingSetPeak = WorkingSet();
            _sampling = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    _managedPeak = Math.Max(_managedPeak, GC.GetTotalMemory(false));
                    _workingSetPeak = Math.Max(_workingSetPeak, WorkingSet());
                    try { await Task.Delay(20, _stop.Token); } catch (OperationCanceledException) { }
                }
            });
        }

        public long ManagedGrowth => _managedPeak - _managedStart;

        public long WorkingSetGrowth => _workingSetPeak - _workingSetStart;

        static long WorkingSet()
        {
            using var process = Process.GetCurrentProcess();
            return process.WorkingSet64;
        }

        public void Dispose()
        {
            _stop.Cancel();
            _sampling.Wait();
            _stop.Dispose();
        }
    }
}
