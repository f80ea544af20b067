using DuckDB.NET.Data;
using Insights.Etl.Sources.Operational;
using Insights.Warehouse;

namespace Insights.Etl.Sources.Mapped;

/// <summary>
/// Loads purchase transactions from files in the user's own layout (see <see cref="MappedFileSourceOptions"/>): lines split into
/// fields, fields mapped to customer, date, quantity and amount, bad lines quarantined with their line number and reason, the
/// rest landed as orders like any other source's (same landing, same models). New and changed files only, as for every file source.
/// </summary>
public sealed class MappedTransactionsLoader(MappedFileSourceOptions mapping, string folder, TimeProvider clock) : ISourceLoader
{
    static readonly string StageSql = SqlResource.Load<MappedTransactionsLoader>("stage_mapped_lines.sql");
    static readonly string ParseSql = SqlResource.Load<MappedTransactionsLoader>("parse_mapped_transactions.sql");
    static readonly string LandSql = SqlResource.Load<MappedTransactionsLoader>("land_mapped_transactions.sql");
    static readonly string AppendedSql = SqlResource.Load<MappedTransactionsLoader>("lines_appended.sql");

    /// <inheritdoc />
    public string Source => mapping.Name;

    /// <inheritdoc />
    public LoadCounts Load(DuckDBConnection connection, long runId, bool full, CancellationToken cancellationToken)
    {
        var files = FileInbox.Pending(connection, Source, folder, mapping.Pattern, full);
        if (files.Count == 0) return LoadCounts.None;
        var now = clock.GetUtcNow().UtcDateTime;
        OperationalLanding.CreateAll(connection);
        connection.ExecuteNonQuery(StageSql, ("paths", files.Select(f => f.Path).ToArray()),
            ("whitespace", mapping.Delimiter == "whitespace"), ("delimiter", mapping.Delimiter), ("header", mapping.Header));
        connection.ExecuteNonQuery(ParseSql,
            ("customer_at", mapping.PositionOf("customer_id")), ("ordered_at", mapping.PositionOf("ordered_at")),
            ("amount_at", mapping.PositionOf("amount")), ("quantity_at", mapping.PositionOf("quantity")),
            ("order_at", mapping.PositionOf("order_id")), ("product_at", mapping.PositionOf("product_id")),
            ("channel_at", mapping.PositionOf("channel")), ("field_count", mapping.Columns.Count),
            ("date_format", mapping.DateFormat), ("default_product", mapping.DefaultProductId),
            ("default_channel", mapping.DefaultChannel.ToLowerInvariant()), ("source", Source));
        connection.ExecuteNonQuery(LandSql, ("source", Source), ("run_id", runId), ("now", now));
        // a purchase line lands as an order, a line, and (shared) customer and product rows: count the line, not the rows
        return MappedLanding.Finish(connection, runId, Source, now, files, "mapped_parsed", AppendedSql);
    }
}
