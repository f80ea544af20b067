namespace Insights.Warehouse.Publish;

/// <summary>
/// The layout of a publications root: one folder per publication (<c>yyyyMMddTHHmmssfffZ-run&lt;id&gt;</c>, so names sort by
/// time), each with its <c>manifest.json</c>, and a <c>current</c> file naming the current one. A publication is written under
/// a <c>_writing-</c> name, renamed when complete, and made current by replacing <c>current</c> with a rename, so a reader
/// that follows the pointer finds a whole publication or the previous one, never half of one.
/// </summary>
public static class PublicationFolder
{
    /// <summary>The pointer file's name.</summary>
    public const string PointerName = "current";

    /// <summary>The prefix of a publication folder still being written (or left by a publish that died).</summary>
    public const string WritingPrefix = "_writing-";

    /// <summary>The current publication under <paramref name="root"/>: its folder and manifest, or null when none is current yet.</summary>
    public static (string Folder, PublicationManifest Manifest)? Current(string root)
    {
        var name = CurrentName(root);
        if (name is null) return null;
        var folder = Path.Combine(root, name);
        return (folder, PublicationManifest.Read(Path.Combine(folder, PublicationManifest.FileName)));
    }

    /// <summary>The name the pointer holds, or null when there is no pointer yet.</summary>
    public static string? CurrentName(string root)
    {
        var pointer = Path.Combine(root, PointerName);
        string text;
        try
        {
            text = File.ReadAllText(pointer).Trim();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        if (!IsPublicationName(text)) throw new InvalidDataException($"{pointer} does not name a publication: '{text}'.");
        return text;
    }

    /// <summary>Makes <paramref name="name"/> current: writes the pointer beside it and renames it over the old one.</summary>
    public static void MakeCurrent(string root, string name)
    {
        var temporary = Path.Combine(root, $"{PointerName}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temporary, name);   // no line break: `read_text(...current)` gives the name as it is
        File.Move(temporary, Path.Combine(root, PointerName), overwrite: true);   // rename(2): atomic for readers
    }

    /// <summary>The name of a new publication of run <paramref name="runId"/> at <paramref name="at"/>.</summary>
    public static string NewName(long runId, DateTimeOffset at) =>
        $"{at.UtcDateTime:yyyyMMdd'T'HHmmssfff'Z'}-run{runId}";

    /// <summary>Whether <paramref name="name"/> has a publication's shape (no separator, no dots: it is joined to paths).</summary>
    public static bool IsPublicationName(string name) =>
        System.Text.RegularExpressions.Regex.IsMatch(name, @"^\d{8}T\d{9}Z-run\d+$");

    /// <summary>
    /// Removes the publications older than the newest <paramref name="keep"/> (the current one is always kept), and the folders
    /// of publishes that never completed except <paramref name="writing"/>; returns the names removed.
    /// </summary>
    public static IReadOnlyList<string> Prune(string root, int keep, string? writing = null)
    {
        var current = CurrentName(root);
        var removed = new List<string>();
        var publications = Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>()
            .Where(IsPublicationName).OrderDescending(StringComparer.Ordinal).ToList();
        var kept = publications.Take(keep).Append(current).ToHashSet();
        foreach (var name in publications.Where(n => !kept.Contains(n)))
        {
            Directory.Delete(Path.Combine(root, name), recursive: true);
            removed.Add(name);
        }
        foreach (var name in Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>()
                     .Where(n => n.StartsWith(WritingPrefix, StringComparison.Ordinal) && n != writing))
        {
            Directory.Delete(Path.Combine(root, name), recursive: true);
            removed.Add(name);
        }
        return removed;
    }
}
