namespace Insights.Etl.Sources.Landing;

/// <summary>
/// A source table's landing: rows are read into the temporary table landing_&lt;name&gt; (same columns as raw_&lt;name&gt;,
/// without _run_id), checked, and appended to raw_&lt;name&gt; only where they differ from the key's latest landed version.
/// </summary>
/// <param name="Name">Source table name (customers, order_lines...).</param>
/// <param name="Key">Columns that identify a row.</param>
/// <param name="VersionColumn">Column that orders versions of a key (updated_at), or null when a newer landing simply wins.</param>
public sealed record LandingTable(string Name, IReadOnlyList<string> Key, string? VersionColumn)
{
    /// <summary>The raw table rows are appended to.</summary>
    public string Raw => "raw_" + Name;

    /// <summary>The temporary landing table of the current load.</summary>
    public string Landing => "landing_" + Name;
}

/// <summary>Every landing table, by source table name. Identifiers here are the only ones the landing SQL templates receive.</summary>
public static class LandingTables
{
    /// <summary>Source table customers: key customer_id; a changed row is found by updated_at.</summary>
    public static LandingTable Customers { get; } = new("customers", ["customer_id"], "updated_at");
    /// <summary>Source table products: key product_id; a changed row is found by updated_at.</summary>
    public static LandingTable Products { get; } = new("products", ["product_id"], "updated_at");
    /// <summary>Source table orders: key order_id; a changed row is found by updated_at.</summary>
    public static LandingTable Orders { get; } = new("orders", ["order_id"], "updated_at");
    /// <summary>Source table order_lines: key order_id, line_number; rows are found by key only.</summary>
    public static LandingTable OrderLines { get; } = new("order_lines", ["order_id", "line_number"], null);
    /// <summary>Source table returns: key return_id; rows are found by key only.</summary>
    public static LandingTable Returns { get; } = new("returns", ["return_id"], null);
    /// <summary>Source table contacts: key contact_id; rows are found by key only.</summary>
    public static LandingTable Contacts { get; } = new("contacts", ["contact_id"], null);
    /// <summary>Source table complaints: key complaint_id; rows are found by key only.</summary>
    public static LandingTable Complaints { get; } = new("complaints", ["complaint_id"], null);

    /// <summary>The operational tables, masters before facts.</summary>
    public static IReadOnlyList<LandingTable> Operational { get; } = [Customers, Products, Orders, OrderLines, Returns];
}
