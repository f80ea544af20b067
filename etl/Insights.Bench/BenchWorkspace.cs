namespace Insights.Bench;

/// <summary>The folder a bench run works in, and where each of its parts lives.</summary>
sealed class BenchWorkspace
{
    /// <summary>Uses <paramref name="root"/>, or a new temporary folder (deleted again by <see cref="DeleteIfTemporary"/>).</summary>
    public BenchWorkspace(string? root)
    {
        IsTemporary = root is null;
        Root = Path.GetFullPath(root ?? Path.Combine(Path.GetTempPath(), "insights-bench-" + Guid.NewGuid().ToString("N")[..12]));
    }

    /// <summary>The work folder.</summary>
    public string Root { get; }

    /// <summary>True when the folder was made up for this run.</summary>
    public bool IsTemporary { get; }

    /// <summary>Etl:SourcesFolder of our loads: contacts/ and complaints/ (the operational source is PostgreSQL).</summary>
    public string Sources => Path.Combine(Root, "sources");

    /// <summary>The same world as CSV and JSON Lines files, for the native DuckDB load: operational/, contacts/, complaints/.</summary>
    public string Files => Path.Combine(Root, "files");

    /// <summary>The warehouse our loads build.</summary>
    public string Warehouse => Path.Combine(Root, "bench.duckdb");

    /// <summary>The warehouse of the warm incremental load (a second full load, then the change, in one long-running process).</summary>
    public string WarmWarehouse => Path.Combine(Root, "warm.duckdb");

    /// <summary>The scratch database of the native DuckDB load.</summary>
    public string NativeDatabase => Path.Combine(Root, "native.duckdb");

    /// <summary>A file of the native load's input, e.g. ("operational", "orders.csv").</summary>
    public string File(string folder, string name) => Path.Combine(Files, folder, name);

    /// <summary>Removes what an earlier run left (only the bench's own files and folders), so every run starts fresh.</summary>
    public void Reset()
    {
        Directory.CreateDirectory(Root);
        foreach (var folder in new[] { Sources, Files })
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        foreach (var database in new[] { Warehouse, WarmWarehouse, NativeDatabase })
        foreach (var file in new[] { database, database + ".wal" })
            System.IO.File.Delete(file);
    }

    /// <summary>Deletes the folder when this run made it up.</summary>
    public void DeleteIfTemporary()
    {
        if (IsTemporary && Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
