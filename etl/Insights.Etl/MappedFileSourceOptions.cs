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

    /// <summary>
    /// "transactions" (default: one purchase per line, fields mapped by <see cref="Map"/>) or "baskets" (one basket per line, its
    /// items' names separated by <see cref="Delimiter"/>; see <see cref="BasketLayout"/>).
    /// </summary>
    public string Layout { get; set; } = TransactionsLayout;

    /// <summary>Basket layout only: the order date of every basket (yyyy-MM-dd); a basket file carries no dates.</summary>
    public string DefaultDate { get; set; } = "2000-01-01";

    /// <summary>Basket layout only: the customer every basket belongs to (a basket file names no customer).</summary>
    public int BasketCustomerId { get; set; }

    /// <summary>Basket layout only: the category of the products a basket file creates.</summary>
    public string DefaultCategory { get; set; } = "Basket items";

    /// <summary>Basket layout only: longest item name accepted; a basket with a longer one is quarantined.</summary>
    public int MaxItemLength { get; set; } = 200;

    /// <summary>The <see cref="Layout"/> value of one purchase per line.</summary>
    public const string TransactionsLayout = "transactions";

    /// <summary>The <see cref="Layout"/> value of one basket per line.</summary>
    public const string BasketLayout = "baskets";

    /// <summary>True when the file holds one basket per line.</summary>
    public bool IsBaskets => string.Equals(Layout, BasketLayout, StringComparison.OrdinalIgnoreCase);

    /// <summary>Warehouse fields a mapping can feed.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["customer_id", "ordered_at", "amount", "quantity", "order_id", "product_id", "channel"];

    /// <summary>Fields a mapping must feed.</summary>
    public static IReadOnlyList<string> RequiredFields { get; } = ["customer_id", "ordered_at", "amount"];

    /// <summary>1-based position of the file column that feeds <paramref name="field"/>, or 0 when unmapped.</summary>
    public int PositionOf(string field) =>
        Map.TryGetValue(field, out var column) ? Columns.FindIndex(c => string.Equals(c, column, StringComparison.OrdinalIgnoreCase)) + 1 : 0;
}
