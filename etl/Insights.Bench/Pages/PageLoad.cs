using System.Collections.Concurrent;
using System.Diagnostics;

namespace Insights.Bench.Pages;

/// <summary>
/// One page request of the bench: which view it belongs to, its path and query, and the status it must answer with (null: any
/// success; a text the page refuses on purpose expects 400); with <paramref name="FirstByte"/> its time is to the first byte of
/// the body (a download's start), the rest read afterwards and not timed; with <paramref name="AlsoFirstByte"/> its time is the
/// whole body's and its first byte is kept as a second sample, of the view "<c>View (first byte)</c>" (a download looped over
/// by the clients: issue 22 asks that each starts within 1 s under 20 clients, not only alone).
/// </summary>
sealed record PageRequest(string View, string Path, int? Expect = null, bool FirstByte = false, bool AlsoFirstByte = false);

/// <summary>One slow request: its view, its path with the filters, and how long it took.</summary>
sealed record SlowView(string View, string Path, double Ms);

/// <summary>Latency figures of one view in one phase, in milliseconds.</summary>
sealed record PageFigures(string Phase, string View, int Requests, int Errors, double P50, double P95, double Max);

/// <summary>Drives the pages with concurrent HttpClient loops and summarises the latencies per view.</summary>
sealed class PageLoad(HttpClient client)
{
    readonly ConcurrentQueue<PageFailure> _failures = new();
    readonly ConcurrentQueue<SlowView> _slow = new();

    /// <summary>A first view over issue 22's second is named with its filters: the table's max says how slow, this says which.</summary>
    public const double SlowFirstViewMs = 1000;

    /// <summary>Every failed request so far, in every phase, with its reason.</summary>
    public IReadOnlyList<PageFailure> Failures => [.. _failures];

    /// <summary>Every first view over <see cref="SlowFirstViewMs"/>, slowest first.</summary>
    public IReadOnlyList<SlowView> SlowFirstViews => [.. _slow.OrderByDescending(s => s.Ms)];

    /// <summary>Each request once, taken from a queue by <paramref name="clients"/> concurrent workers.</summary>
    public Task<IReadOnlyList<PageFigures>> OnceAsync(string phase, IReadOnlyList<PageRequest> requests, int clients)
    {
        var queue = new ConcurrentQueue<PageRequest>(requests);
        return RunAsync(phase, clients, async samples =>
        {
            while (queue.TryDequeue(out var request)) Add(samples, await TimeAsync(phase, request));
        });
    }

    /// <summary>
    /// <paramref name="clients"/> workers, each cycling through every request until <paramref name="duration"/> is up, from
    /// offsets spread evenly over the list, so a short phase still asks for every report's pages.
    /// </summary>
    public Task<IReadOnlyList<PageFigures>> LoopAsync(string phase, IReadOnlyList<PageRequest> requests, int clients, TimeSpan duration)
    {
        var until = Stopwatch.StartNew();
        return LoopWhileAsync(phase, requests, clients, () => until.Elapsed < duration);
    }

    /// <summary><paramref name="clients"/> workers, each cycling through every request until <paramref name="work"/> has ended.</summary>
    public Task<IReadOnlyList<PageFigures>> LoopUntilAsync(string phase, IReadOnlyList<PageRequest> requests, int clients, Task work) =>
        LoopWhileAsync(phase, requests, clients, () => !work.IsCompleted);

    Task<IReadOnlyList<PageFigures>> LoopWhileAsync(string phase, IReadOnlyList<PageRequest> requests, int clients, Func<bool> goOn)
    {
        var next = -1;
        return RunAsync(phase, clients, async samples =>
        {
            var i = Interlocked.Increment(ref next) * requests.Count / clients;
            while (goOn()) Add(samples, await TimeAsync(phase, requests[i++ % requests.Count]));
        });
    }

    async Task<IReadOnlyList<PageFigures>> RunAsync(string phase, int clients, Func<ConcurrentBag<(string, double, bool)>, Task> worker)
    {
        var samples = new ConcurrentBag<(string View, double Ms, bool Ok)>();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(() => worker(samples))));
        return samples.GroupBy(s => s.View).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var ms = g.Where(s => s.Ok).Select(s => s.Ms).Order().ToArray();
            return new PageFigures(phase, g.Key, g.Count(), g.Count(s => !s.Ok), Percentile(ms, 0.50), Percentile(ms, 0.95),
                ms.Length == 0 ? 0 : ms[^1]);
        }).ToList();
    }

    static void Add(ConcurrentBag<(string, double, bool)> samples, ((string View, double Ms, bool Ok) Sample, double? FirstByteMs) timed)
    {
        samples.Add(timed.Sample);
        // a download that failed has no first byte worth a sample: it counts once, as an error of its view
        if (timed.FirstByteMs is { } firstByte && timed.Sample.Ok) samples.Add((timed.Sample.View + " (first byte)", firstByte, true));
    }

    async Task<((string, double, bool), double?)> TimeAsync(string phase, PageRequest request)
    {
        var watch = Stopwatch.StartNew();
        int? status = null;
        long bytes = 0;
        try
        {
            using var response = await client.GetAsync(request.Path, HttpCompletionOption.ResponseHeadersRead);
            status = (int)response.StatusCode;
            var ok = request.Expect is { } expected ? status == expected : response.IsSuccessStatusCode;
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[64 * 1024];
            var read = await body.ReadAsync(buffer);   // the first bytes (or the end of an empty body)
            var elapsed = watch.Elapsed.TotalMilliseconds;
            var refusal = ok ? null : Refusal(response, buffer.AsSpan(0, read));
            while (read > 0)   // the whole page, as a browser would receive it
            {
                bytes += read;
                read = await body.ReadAsync(buffer);
            }
            // a body shorter than its announced length is cut, even when the connection closed cleanly
            if (response.Content.Headers.ContentLength is { } length && bytes != length)
                return Failed($"body cut: {bytes} of {length} bytes");
            if (!ok) return Failed(refusal!);
            var ms = request.FirstByte ? elapsed : watch.Elapsed.TotalMilliseconds;
            if (phase == "first view" && ms > SlowFirstViewMs) _slow.Enqueue(new SlowView(request.View, request.Path, Math.Round(ms, 1)));
            return ((request.View, ms, true), request.AlsoFirstByte ? elapsed : null);
        }
        // every other outcome is a failed request with its reason, never the end of the bench: refused, reset, past the
        // timeout, or a body the site cut off after sending its headers (HttpIOException "The response ended prematurely")
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return Failed(status is null
                ? $"no response ({e.GetType().Name}: {e.Message})"
                : $"body cut after its headers ({e.GetType().Name}: {e.Message})");
        }

        ((string, double, bool), double?) Failed(string why)
        {
            _failures.Enqueue(new PageFailure(phase, request.View, request.Path, status, why));
            return ((request.View, watch.Elapsed.TotalMilliseconds, false), null);
        }
    }

    // an unexpected status, with the start of the site's plain-text refusal (a named handler's: busy, over budget) if it sent one
    static string Refusal(HttpResponseMessage response, ReadOnlySpan<byte> start)
    {
        var why = $"status {(int)response.StatusCode}";
        if (response.Content.Headers.ContentType?.MediaType != "text/plain") return why;
        var text = System.Text.Encoding.UTF8.GetString(start).ReplaceLineEndings(" ").Trim();
        return $"{why}: {(text.Length > 120 ? text[..120] + "…" : text)}";
    }

    // nearest-rank percentile
    static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)], 1);
}
