using Insights.Warehouse;
using Microsoft.Extensions.Options;

namespace Insights.Tests.Fixtures;

/// <summary>
/// A warehouse file row for row: per raw, dim, fact and mart table its row count and the sum of its rows' hashes (the raw
/// tables without their run id), and the loaded-file ledger. Two loads that ended in the same state have the same fingerprint.
/// </summary>
public static class WarehouseFingerprint
{
    static readonly string[] Tables =
    [
        "raw_customers", "raw_products", "raw_orders", "raw_order_lines", "raw_returns", "raw_contacts", "raw_complaints",
        "dim_customer", "dim_product", "dim_channel", "dim_date",
        "fct_order_line", "fct_return", "fct_contact", "fct_complaint", "mart_revenue_by_month",
    ];

    /// <summary>The fingerprint of the warehouse file at <paramref name="warehouse"/> (no other process may hold it).</summary>
    public static string Of(string warehouse)
    {
        // one open for all the queries: a new DuckDB instance per query (17 of them) was opened and closed again for each of
        // the kill tests' ten fingerprints
        using var db = new DuckDbWarehouse(Options.Create(new WarehouseOptions { DatabasePath = warehouse }));
        using var connection = db.OpenConnection();
        return Of(sql => connection.ExecuteScalar<object>(sql));
    }

    /// <summary>The fingerprint of a warehouse a host holds open, through <paramref name="scalar"/> (a query's first value).</summary>
    public static string Of(Func<string, object> scalar)
    {
        var parts = Tables.Select(table =>
        {
            var exclude = table.StartsWith("raw_", StringComparison.Ordinal) ? " exclude (_run_id)" : "";
            return $"{table}: " + scalar($"select count(*) || '/' || coalesce(sum(hash(*columns(*{exclude}))), 0) from {table}");
        });
        var files = scalar("select string_agg(file_name || ':' || sha256 || ':' || rows_read, ',' order by source, file_name) from etl_loaded_file");
        return string.Join("\n", parts.Append("files: " + files));
    }

    /// <summary>The first value of a query on the warehouse file at <paramref name="warehouse"/>.</summary>
    public static object Scalar(string warehouse, string sql)
    {
        using var db = new DuckDbWarehouse(Options.Create(new WarehouseOptions { DatabasePath = warehouse }));
        using var connection = db.OpenConnection();
        return connection.ExecuteScalar<object>(sql);
    }
}
