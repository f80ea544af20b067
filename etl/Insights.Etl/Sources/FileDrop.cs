namespace Insights.Etl.Sources;

/// <summary>The export files waiting in a source folder.</summary>
public static class FileDrop
{
    /// <summary>
    /// The files matching <paramref name="pattern"/> in <paramref name="folder"/>, by name. A full load replaces the source's rows,
    /// so an empty folder is a contract error rather than "no rows": it would otherwise wipe the facts.
    /// </summary>
    public static string[] Require(string folder, string pattern, string source)
    {
        var files = Directory.Exists(folder)
            ? Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal).ToArray()
            : [];
        return files.Length > 0
            ? files
            : throw new SourceContractException($"No {pattern} files for the {source} source in {folder}.");
    }
}
