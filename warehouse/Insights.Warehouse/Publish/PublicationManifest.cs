using System.Text.Json;
using System.Text.Json.Serialization;

namespace Insights.Warehouse.Publish;

/// <summary>
/// What one publication holds (<c>manifest.json</c> in its folder): the run it shows and, per table, where its files are, its
/// columns, its row count, a checksum and its money totals, all read in the one snapshot the files were written from.
/// </summary>
public sealed record PublicationManifest(
    int Format,
    string Name,
    long RunId,
    DateTimeOffset PublishedAt,
    IReadOnlyList<PublishedTable> Tables)
{
    /// <summary>The manifest's file name inside a publication folder.</summary>
    public const string FileName = "manifest.json";

    /// <summary>The layout version this build writes and reads.</summary>
    public const int CurrentFormat = 1;

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The manifest as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a manifest; a malformed one or another format is refused with its path.</summary>
    public static PublicationManifest Read(string path)
    {
        var manifest = JsonSerializer.Deserialize<PublicationManifest>(File.ReadAllText(path), Json)
                       ?? throw new InvalidDataException($"{path} is empty.");
        if (manifest.Format != CurrentFormat)
            throw new InvalidDataException($"{path} has layout {manifest.Format}; this build reads layout {CurrentFormat}.");
        return manifest;
    }

    /// <summary>The table named <paramref name="name"/>, or null.</summary>
    public PublishedTable? Table(string name) => Tables.FirstOrDefault(t => t.Name == name);
}

/// <summary>
/// One published table: <see cref="Path"/> is its folder inside the publication; a fact is Hive-partitioned by
/// <see cref="PartitionedBy"/> (<c>month=YYYY-MM/</c>), the others are one file.
/// </summary>
public sealed record PublishedTable(
    string Name,
    string Kind,
    string Path,
    string? PartitionedBy,
    long Rows,
    string Checksum,
    IReadOnlyDictionary<string, decimal?> Totals,
    IReadOnlyList<PublishedColumn> Columns)
{
    /// <summary>The glob that reads every file of the table, relative to the publication folder.</summary>
    public string FilesGlob => PartitionedBy is null ? $"{Path}/*.parquet" : $"{Path}/*/*.parquet";
}

/// <summary>A column of a published table and its DuckDB type in the warehouse.</summary>
public sealed record PublishedColumn(string Name, string Type);
