using System.Collections.Concurrent;
using System.Globalization;
using Insights.Reports.Access;
using Insights.Reports.Caching;
using Insights.Reports.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Insights.Reports.Export;

/// <summary>
/// The large downloads already written whole at the warehouse's current state, kept as files so the same download asked again is
/// sent from the file: at once, without a place at <see cref="DownloadGate"/> and without reading its rows again (a target list
/// of a million customers took 10-50 s to reach its first byte under 20 clients at SF10, issue 22). A file is kept per warehouse
/// state, day, URL and what the reader may see of a person (<see cref="PersonalDataView"/>); a download scoped by a saved segment
/// is not kept (a save can change its members within a state). The files hold personal data: they live in a folder only this
/// process's user can open, are deleted as soon as the state moves on, and with the process. At most
/// <see cref="DownloadLimitsOptions.KeptMegabytes"/> are kept; past that a download streams as before.
/// </summary>
public sealed class KeptDownloads : IDisposable
{
    readonly WarehouseState _state;
    readonly TimeProvider _clock;
    readonly long _budget;
    readonly string _folder;
    readonly ConcurrentDictionary<string, Kept> _files = new(StringComparer.Ordinal);
    readonly object _sync = new();
    long _keptState = long.MinValue;
    long _bytes;

    sealed record Kept(string Path, long Rows, long Bytes, string FileName, string? Table);

    /// <summary>Creates the process's folder of kept downloads (owner only).</summary>
    public KeptDownloads(WarehouseState state, TimeProvider clock, IOptions<DownloadLimitsOptions> options)
    {
        _state = state;
        _clock = clock;
        _budget = options.Value.KeptMegabytes * 1024L * 1024L;
        DeleteLeftovers();
        _folder = Path.Combine(Path.GetTempPath(), $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(_folder);
        else Directory.CreateDirectory(_folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    const string Prefix = "insights-downloads-";

    // the folders of sites that ended without deleting theirs (killed, or a host never disposed): their process is gone
    static void DeleteLeftovers()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            var rest = Path.GetFileName(folder)[Prefix.Length..];
            var dash = rest.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0 || !int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || Alive(pid)) continue;
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // another user's, or in use: left alone
            }
        }
    }

    static bool Alive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)   // no such process
        {
            return false;
        }
    }

    /// <summary>
    /// Which kept download <paramref name="http"/> asks for: its warehouse state, day, reader's view and URL (path and query
    /// string as sent); null for a download that is not kept. A newer state than the files' deletes them first.
    /// </summary>
    public KeptKey? KeyOf(HttpContext http)
    {
        var query = http.Request.Query;
        if (query.Keys.Any(k => k.Equals("segmentId", StringComparison.OrdinalIgnoreCase) || k.EndsWith(".SegmentId", StringComparison.OrdinalIgnoreCase)))
            return null;
        var state = _state.Current;
        Forget(state);
        var day = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new KeptKey(string.Join('|', state.ToString(CultureInfo.InvariantCulture), day, PersonalDataPolicy.ViewOf(http.User),
            (http.Request.PathBase + http.Request.Path).Value?.ToLowerInvariant(), http.Request.QueryString.Value), state);
    }

    /// <summary>The kept file of <paramref name="key"/>, opened for reading, or null.</summary>
    public KeptFile? Open(KeptKey key)
    {
        if (!_files.TryGetValue(key.Key, out var kept)) return null;
        try
        {
            // opened now: a state that moves on deletes the name, never the open file's contents
            return new KeptFile(new FileStream(kept.Path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, useAsync: true),
                kept.Rows, kept.FileName, kept.Table);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// A writer keeping the download of <paramref name="key"/> as it is written, or null when no room is left. Only a download
    /// written to its end is kept (<see cref="KeptWriter.Complete"/>).
    /// </summary>
    public KeptWriter? Begin(KeptKey key) =>
        Volatile.Read(ref _bytes) >= _budget ? null : new KeptWriter(this, key, Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".csv"));

    // a newer state deletes the files of the older one
    void Forget(long state)
    {
        if (Interlocked.Read(ref _keptState) == state) return;
        lock (_sync)
        {
            if (_keptState == state) return;
            _keptState = state;
            foreach (var (key, kept) in _files)
                if (_files.TryRemove(key, out _)) Delete(kept.Path, kept.Bytes);
        }
    }

    void Keep(KeptKey key, string path, long rows, string fileName, string? table)
    {
        var bytes = new FileInfo(path).Length;
        lock (_sync)
        {
            if (key.State != _keptState || _state.Current != key.State || !_files.TryAdd(key.Key, new Kept(path, rows, bytes, fileName, table)))
            {
                File.Delete(path);   // a state already gone, or the same download kept by another request first
                return;
            }
            Interlocked.Add(ref _bytes, bytes);
        }
    }

    void Delete(string path, long bytes)
    {
        File.Delete(path);
        Interlocked.Add(ref _bytes, -bytes);
    }

    /// <summary>Deletes every kept file and the folder.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A kept download's file, open, its row count (for the export log), the file name the browser saves and its table.</summary>
    public sealed record KeptFile(FileStream Stream, long Rows, string FileName, string? Table) : IDisposable
    {
        /// <inheritdoc />
        public void Dispose() => Stream.Dispose();
    }

    /// <summary>A download's key among the kept ones, and the warehouse state it belongs to.</summary>
    public sealed record KeptKey(string Key, long State);

    /// <summary>The file a download is copied into as it is written; deleted unless <see cref="Complete"/>d.</summary>
    public sealed class KeptWriter(KeptDownloads owner, KeptKey key, string path) : IDisposable
    {
        /// <summary>The file's stream.</summary>
        public FileStream Stream { get; } = new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);

        bool _done;

        /// <summary>The download was written to its end with <paramref name="rows"/> rows: the file is kept.</summary>
        public void Complete(long rows, string fileName, string? table)
        {
            Stream.Dispose();
            _done = true;
            owner.Keep(key, path, rows, fileName, table);
        }

        /// <inheritdoc />
        public void Dispose()
        {
            Stream.Dispose();
            if (!_done) File.Delete(path);
        }
    }
}
