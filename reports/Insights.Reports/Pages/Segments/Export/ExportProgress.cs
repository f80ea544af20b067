using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Insights.Reports.Pages.Segments.Export;

/// <summary>How far one export got: rows written of the rows it will have, and whether it ended.</summary>
/// <param name="Rows">Rows written so far.</param>
/// <param name="Total">Rows the export will have (the export page counted them when it issued the key).</param>
/// <param name="Done">The file is complete (the CSV's last row is out; the Parquet file is written and being sent).</param>
/// <param name="Failed">The export stopped before its end (cancelled, over its budget, refused).</param>
public sealed record ExportProgressState(long Rows, long Total, bool Done, bool Failed);

/// <summary>
/// Progress of the exports started from the export page, so the page can show how far a large export got while the browser
/// saves the file. A CSV is streamed as it is read, so its length is not known when the response starts (no Content-Length, and
/// the browser's own download bar shows bytes without a percentage); the page knows the row count, so it shows rows written of
/// rows. The page issues a random key per view (<see cref="Issue"/>) with the count and its reader; a download carrying the key
/// reports its rows; the page polls <see cref="Get"/> with it. Only the reader who got the key can read it, keys nobody issued
/// are ignored, and entries older than an hour are dropped (at most <see cref="MaxEntries"/> kept).
/// </summary>
public sealed partial class ExportProgress(TimeProvider clock)
{
    /// <summary>Most entries kept (the oldest go first beyond it).</summary>
    public const int MaxEntries = 1000;

    /// <summary>Rows between two progress reports of a download.</summary>
    public const int ReportEvery = 10_000;

    static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    sealed record Entry(string Reader, DateTimeOffset IssuedAt, ExportProgressState State);

    readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="key"/> has the form of an issued key (32 lower-case hex digits).</summary>
    public static bool IsKey(string? key) => key is not null && KeyForm().IsMatch(key);

    /// <summary>A new key for <paramref name="reader"/>'s export of <paramref name="total"/> rows.</summary>
    public string Issue(string reader, long total)
    {
        Forget();
        var key = Guid.NewGuid().ToString("N");
        _entries[key] = new Entry(reader, clock.GetUtcNow(), new ExportProgressState(0, total, false, false));
        return key;
    }

    /// <summary>Records <paramref name="rows"/> written by the export of <paramref name="key"/> (ignored for a key not issued to <paramref name="reader"/>).</summary>
    public void Report(string? key, string reader, long rows, bool done = false, bool failed = false)
    {
        if (key is null || !_entries.TryGetValue(key, out var entry) || entry.Reader != reader) return;
        _entries[key] = entry with { State = entry.State with { Rows = rows, Done = done, Failed = failed } };
    }

    /// <summary>A download's reporter for <paramref name="key"/> (one that reports nowhere for a key not issued to <paramref name="reader"/>).</summary>
    public ExportProgressTracker Track(string? key, string reader) => new(this, IsKey(key) ? key : null, reader);

    /// <summary>The progress of <paramref name="key"/>, or null when it was not issued to <paramref name="reader"/> (or expired).</summary>
    public ExportProgressState? Get(string? key, string reader) =>
        key is not null && _entries.TryGetValue(key, out var entry) && entry.Reader == reader ? entry.State : null;

    // drops expired entries, and the oldest beyond the cap (a reader who opens the page often cannot grow the map without end)
    void Forget()
    {
        var now = clock.GetUtcNow();
        foreach (var (key, entry) in _entries)
            if (now - entry.IssuedAt > Lifetime) _entries.TryRemove(key, out _);
        var over = _entries.Count - (MaxEntries - 1);
        if (over > 0)
            foreach (var (key, _) in _entries.OrderBy(e => e.Value.IssuedAt).Take(over).ToList()) _entries.TryRemove(key, out _);
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex KeyForm();
}

/// <summary>What one download reports as it writes (see <see cref="ExportProgress"/>).</summary>
public sealed class ExportProgressTracker
{
    readonly ExportProgress _progress;
    readonly string? _key;
    readonly string _reader;
    long _rows;

    internal ExportProgressTracker(ExportProgress progress, string? key, string reader) => (_progress, _key, _reader) = (progress, key, reader);

    /// <summary>Counts one row written; reports every <see cref="ExportProgress.ReportEvery"/> rows.</summary>
    public void Row()
    {
        if (++_rows % ExportProgress.ReportEvery == 0) _progress.Report(_key, _reader, _rows);
    }

    /// <summary>Sets the rows written (a writer that counts them itself, as the Parquet export's).</summary>
    public void Rows(long rows) => _progress.Report(_key, _reader, _rows = rows);

    /// <summary>The export is complete.</summary>
    public void Done() => _progress.Report(_key, _reader, _rows, done: true);

    /// <summary>The export stopped before its end.</summary>
    public void Failed() => _progress.Report(_key, _reader, _rows, failed: true);
}
