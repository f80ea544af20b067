namespace Insights.Demo;

/// <summary>
/// A file written under a hidden temporary name and renamed into place on <see cref="Commit"/>, so a reader (or a file
/// drop watcher) never sees it half-written; disposing without a commit deletes the temporary file.
/// </summary>
sealed class StagedFile : IDisposable
{
    readonly string _finalPath;
    readonly string _tempPath;
    bool _committed;

    public StagedFile(string path)
    {
        _finalPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(_finalPath)!;
        Directory.CreateDirectory(folder);
        // A leading dot and a .tmp suffix keep the file out of "*.csv" / "*.jsonl" globs while it grows.
        _tempPath = Path.Combine(folder, "." + Path.GetFileName(_finalPath) + ".tmp");
        Stream = new FileStream(_tempPath, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
    }

    /// <summary>The temporary file's stream.</summary>
    public FileStream Stream { get; }

    /// <summary>Flushes, closes and renames the file to its final name (replacing an older one).</summary>
    public void Commit()
    {
        if (_committed) return;
        Stream.Dispose();
        File.Move(_tempPath, _finalPath, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed) return;
        Stream.Dispose();
        File.Delete(_tempPath);
    }
}
