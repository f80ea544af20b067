using Insights.Reports.Export;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Insights.Reports.Limits;

/// <summary>
/// The gate of the large downloads (singleton; <see cref="DownloadLimitsOptions"/>): a page handler takes a place before it runs
/// a large download's query, and the place is held until the response has completed (written to its end, cut by a failure or
/// left by the client), so at most <see cref="DownloadLimitsOptions.MaxConcurrent"/> stream at once and hold DuckDB's memory
/// (a chunk's sort each: <see cref="Export.SortedChunks"/>).
/// A download that waited <see cref="DownloadLimitsOptions.MaxWaitSeconds"/> without a place is refused with
/// <see cref="DownloadBusyException"/>, before its headers. The wait is asynchronous: a queued download holds no thread.
/// </summary>
public sealed class DownloadGate(IOptions<DownloadLimitsOptions> options, KeptDownloads? kept = null)
{
    readonly DownloadLimitsOptions _options = options.Value;
    readonly SemaphoreSlim _places = new(options.Value.MaxConcurrent, options.Value.MaxConcurrent);
    int _waiting;

    /// <summary>The limits in force.</summary>
    public DownloadLimitsOptions Options => _options;

    /// <summary>Large downloads holding a place now.</summary>
    public int Streaming => _options.MaxConcurrent - _places.CurrentCount;

    /// <summary>Large downloads waiting for a place now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>
    /// Waits for a place (at most the wait budget) and returns it; disposing it gives it back, once.
    /// </summary>
    /// <exception cref="DownloadBusyException">No place came free within the wait budget.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> fired while waiting (the client left).</exception>
    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            if (!await _places.WaitAsync(TimeSpan.FromSeconds(_options.MaxWaitSeconds), ct))
                throw new DownloadBusyException(_options.MaxConcurrent, _options.MaxWaitSeconds);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
        return new Place(_places);
    }

    /// <summary>
    /// Takes a place for <paramref name="response"/>'s download: held until the response has completed or was aborted (the
    /// server disposes it then), so the rows' query and their streaming run inside it.
    /// </summary>
    public async Task AdmitAsync(HttpResponse response, CancellationToken ct) => response.RegisterForDispose(await EnterAsync(ct));

    /// <summary>
    /// The download of <paramref name="http"/> sent from its kept file when an earlier one was written whole at this state (no
    /// place taken: <see cref="KeptDownloads"/>); else null, once a place is taken as <see cref="AdmitAsync"/> takes it, and
    /// the download is kept as its <see cref="CsvDownload"/> writes it.
    /// </summary>
    /// <exception cref="DownloadBusyException">No place came free within the wait budget.</exception>
    public async Task<IActionResult?> KeptOrAdmitAsync(HttpContext http, CancellationToken ct)
    {
        var key = kept?.KeyOf(http);   // null: not kept (no store, or a saved segment's scope)
        if (key is not null && kept?.Open(key) is { } file) return new KeptCsvDownload(file);
        await AdmitAsync(http.Response, ct);
        if (key is not null && kept?.Begin(key) is { } writer)
        {
            http.Response.RegisterForDispose(writer);   // an unfinished file is deleted with the request
            http.Features.Set(writer);
        }
        return null;
    }

    sealed class Place(SemaphoreSlim places) : IDisposable
    {
        int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) places.Release();
        }
    }
}
