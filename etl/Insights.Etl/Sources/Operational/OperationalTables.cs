namespace Insights.Etl.Sources.Operational;

/// <summary>The operational source's tables: each lands in raw_&lt;name&gt;, in this order (masters before facts).</summary>
public static class OperationalTables
{
    /// <summary>Source table names.</summary>
    public static IReadOnlyList<string> Names { get; } = ["customers", "products", "orders", "order_lines", "returns"];

    /// <summary>The raw tables they land in.</summary>
    public static IReadOnlyList<string> RawTables { get; } = Names.Select(n => "raw_" + n).ToList();
}
