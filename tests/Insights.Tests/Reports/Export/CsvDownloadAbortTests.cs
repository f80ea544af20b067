using System.Collections.Concurrent;
using Insights.Reports.Export;
using Insights.Reports.Limits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Insights.Tests.Reports.Export;

/// <summary>
/// A download whose rows fail after its response began (issue 22: the offers CSV's later chunk out of memory) over a real
/// socket: the client sees a failed transfer, never a short file that ends cleanly, and the site logs it; a large download's
/// gate place goes back when the response ends, whether it was read to its end or the client left.
/// </summary>
public sealed class CsvDownloadAbortTests : IAsyncLifetime
{
    // more than the download's 64 KiB buffer: the headers and the first rows are out before the rows fail
    const int RowsBeforeFailure = 20_000;

    readonly ConcurrentQueue<(EventId Id, Exception? Error)> _logged = new();
    readonly DownloadGate _gate = new(Options.Create(new DownloadLimitsOptions { MaxConcurrent = 1, MaxWaitSeconds = 0 }));
    WebApplication _site = null!;
    HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new QueueLoggerProvider(_logged));
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        _site = builder.Build();
        _site.MapGet("/whole", (HttpContext http) => Download(http, Rows(RowsBeforeFailure)));
        _site.MapGet("/later-chunk-fails", (HttpContext http) => Download(http, RowsThenFailure()));
        _site.MapGet("/large", async (HttpContext http) =>
        {
            await _gate.AdmitAsync(http.Response, http.RequestAborted);
            await Download(http, Rows(int.MaxValue));   // rows for as long as the client reads
        });
        await _site.StartAsync();
        var address = _site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _site.StopAsync();
        await _site.DisposeAsync();
    }

    static Task Download(HttpContext http, IEnumerable<IReadOnlyList<object?>> rows) =>
        new CsvDownload("list.csv", ["customer_id", "offer"], rows).ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));

    static IEnumerable<IReadOnlyList<object?>> Rows(int count)
    {
        for (var i = 1; i <= count; i++) yield return [i, "basket " + i];
    }

    static IEnumerable<IReadOnlyList<object?>> RowsThenFailure()
    {
        foreach (var row in Rows(RowsBeforeFailure)) yield return row;
        throw new InvalidOperationException("Out of Memory Error: could not allocate block (a later chunk of the download)");
    }

    [Fact]
    public async Task A_whole_download_ends_cleanly_with_every_row()
    {
        using var response = await _http.GetAsync("/whole", HttpCompletionOption.ResponseHeadersRead);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(RowsBeforeFailure + 1, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.EndsWith($"{RowsBeforeFailure},basket {RowsBeforeFailure}\r\n", text);
        Assert.DoesNotContain(_logged, e => e.Id.Id == 3201);
    }

    [Fact]
    public async Task A_download_whose_later_chunk_fails_is_an_aborted_transfer_and_is_logged()
    {
        using var response = await _http.GetAsync("/later-chunk-fails", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(200, (int)response.StatusCode);   // the headers went out before the rows failed
        await using var body = await response.Content.ReadAsStreamAsync();

        // reading to the end fails (the connection reset): the body never ends as a complete (shorter) file would
        await Assert.ThrowsAnyAsync<IOException>(() => body.CopyToAsync(Stream.Null));

        var logged = Assert.Single(_logged, e => e.Id.Id == 3201);
        Assert.IsType<InvalidOperationException>(logged.Error);
    }

    [Fact]
    public async Task A_large_downloads_place_goes_back_when_the_client_leaves_mid_body()
    {
        using (var response = await _http.GetAsync("/large", HttpCompletionOption.ResponseHeadersRead))
        {
            await using var body = await response.Content.ReadAsStreamAsync();
            await body.ReadExactlyAsync(new byte[1024]);   // streaming: the place is held
            Assert.Equal(1, _gate.Streaming);
            using var busy = await _http.GetAsync("/large", HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(500, (int)busy.StatusCode);   // this bare host has no refusal filter: the gate threw before any header
        }   // the client leaves: the connection closes mid-body

        // the server sees the connection gone at its next write, ends the request and gives the place back
        Assert.True(SpinWait.SpinUntil(() => _gate.Streaming == 0, TimeSpan.FromSeconds(30)), "the place was not given back");
        using var again = await _http.GetAsync("/large", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(200, (int)again.StatusCode);
    }

    sealed class QueueLoggerProvider(ConcurrentQueue<(EventId, Exception?)> logged) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new QueueLogger(logged);

        public void Dispose()
        {
        }
    }

    sealed class QueueLogger(ConcurrentQueue<(EventId, Exception?)> logged) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) logged.Enqueue((eventId, exception));
        }
    }
}
