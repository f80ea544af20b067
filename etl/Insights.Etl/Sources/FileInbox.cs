using System.Security.Cryptography;
using DuckDB.NET.Data;
using Insights.Warehouse;

namespace Insights.Etl.Sources;

/// <summary>One export file in an inbox folder, identified by name, size and SHA-256 of its content.</summary>
public sealed record InboxFile(string Path, string Name, long SizeBytes, string Sha256);

/// <summary>
/// The export files of a source folder that still need loading: a file whose name and checksum were loaded before is never
/// loaded again; the same name with a new checksum is a changed file and loads (its unchanged rows are then skipped).
/// </summary>
public static class FileInbox
{
    static readonly string LoadedSql = SqlResource.Load(typeof(FileInbox), "file_already_loaded.sql");
    static readonly string RecordSql = SqlResource.Load(typeof(FileInbox), "record_loaded_file.sql");

    /// <summary>
    /// The files matching <paramref name="pattern"/>, by name, that are new or changed (all of them when <paramref name="full"/>).
    /// A missing or empty folder is a contract error: it means a wrong path more often than "nothing happened".
    /// </summary>
    public static IReadOnlyList<InboxFile> Pending(DuckDBConnection connection, string source, string folder, string pattern, bool full)
    {
        var paths = Directory.Exists(folder) ? Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal).ToArray() : [];
        if (paths.Length == 0)
            throw new SourceContractException($"No {pattern} files for the {source} source in {folder}.");
        return paths.Select(Describe)
            .Where(f => full || connection.ExecuteScalar<long>(LoadedSql, ("source", source), ("name", f.Name), ("sha", f.Sha256)) == 0)
            .ToList();
    }

    /// <summary>Describes one file (hashing its content).</summary>
    public static InboxFile Describe(string path)
    {
        using var stream = File.OpenRead(path);
        var sha = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new InboxFile(Path.GetFullPath(path), Path.GetFileName(path), stream.Length, sha);
    }

    /// <summary>
    /// Records that <paramref name="runId"/> loaded <paramref name="files"/> into <paramref name="landing"/> (inside the load's
    /// transaction, so a rolled-back load leaves them pending).
    /// </summary>
    public static void Record(DuckDBConnection connection, string source, IEnumerable<InboxFile> files, Landing.LandingTable landing,
        long runId, DateTime nowUtc)
    {
        foreach (var file in files)
            connection.ExecuteNonQuery(RecordSql.Replace("{landing}", landing.Landing, StringComparison.Ordinal),
                ("source", source), ("name", file.Name), ("size", file.SizeBytes), ("sha", file.Sha256), ("run_id", runId),
                ("path", file.Path), ("now", nowUtc));
    }
}
