namespace Insights.Etl;

/// <summary>
/// A file source in the user's own layout (configuration list "Etl:MappedFiles"): which files, how a line splits into fields,
/// and which field feeds which warehouse column. Today's target is purchase transactions: one line per purchase.
/// </summary>
public sealed class MappedFileSourceOptions
{
    /// <summary>Source name, as used by `etl run --source` and in etl_run (letters, digits, '-' and '_').</summary>
    public string Name { get; set; } = "";

    /// <summary>Folder of the files; relative to Etl:SourcesFolder unless absolute.</summary>
    public string Folder { get; set; } = "";

    /// <summary>File name pattern, e.g. "*.txt".</summary>
    public string Pattern { get; set; } = "*.txt";

    /// <summary>"whitespace" (runs of spaces or tabs), or one delimiter character such as "," or ";" (fields are not quoted).</summary>
    public string Delimiter { get; set; } = ",";

    /// <summary>The first line holds column names, not data.</summary>
    public bool Header { get; set; }

    /// <summary>The file's fields in order, named as the user likes; <see cref="Map"/> refers to these names.</summary>
    public List<string> Columns { get; set; } = [];

    /// <summary>
    /// Warehouse field → file column: customer_id and ordered_at and amount are required; quantity (default 1), order_id (default:
    /// one order per line), product_id (default <see cref="DefaultProductId"/>) and channel (default <see cref="DefaultChannel"/>)
    /// are optional.
    /// </summary>
    public Dictionary<string, string> Map { get; set; } = [];

    /// <summary>strptime format of the ordered_at field, e.g. "%Y%m%d" or "%Y-%m-%d %H:%M:%S".</summary>
    public string DateFormat { get; set; } = "%Y-%m-%d";

    /// <summary>Product of purchases whose file names none.</summary>
    public int DefaultProductId { get; set; }

    /// <summary>Sales channel of purchases whose file names none.</summary>
    public string DefaultChannel { get; set; } = "unknown";

    /// <summary>Warehouse fields a mapping can feed.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["customer_id", "ordered_at", "amount", "quantity", "order_id", "product_id", "channel"];

    /// <summary>Fields a mapping must feed.</summary>
    public static IReadOnlyList<string> RequiredFields { get; } = ["customer_id", "ordered_at", "amount"];

    /// <summary>1-based position of the file column that feeds <paramref name="field"/>, or 0 when unmapped.</summary>
    public int PositionOf(string field) =>
        Map.TryGetValue(field, out var column) ? Columns.FindIndex(c => string.Equals(c, column, StringComparison.OrdinalIgnoreCase)) + 1 : 0;
}
