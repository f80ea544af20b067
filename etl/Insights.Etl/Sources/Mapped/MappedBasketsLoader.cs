using System.Globalization;
using DuckDB.NET.Data;
using Insights.Etl.Sources.Operational;
using Insights.Warehouse;

namespace Insights.Etl.Sources.Mapped;

/// <summary>
/// Loads market baskets from files with one basket per line, its item names separated by the mapping's delimiter
/// (<see cref="MappedFileSourceOptions.BasketLayout"/>, e.g. Groceries). Each good line becomes one completed order of the
/// configured customer on the configured date, with one line per distinct item (a basket is a set); each item name becomes a
/// product whose id the warehouse keeps for good in etl_basket_item. Empty lines, empty or over-long item names and bytes that
/// are not UTF-8 are quarantined with the line number and the reason; a file loads once, a changed file only its changed lines.
/// </summary>
public sealed class MappedBasketsLoader(MappedFileSourceOptions mapping, string folder, TimeProvider clock) : ISourceLoader
{
    static readonly string StageSql = SqlResource.Load<MappedBasketsLoader>("stage_basket_lines.sql");
    static readonly string LandSql = SqlResource.Load<MappedBasketsLoader>("land_baskets.sql");
    static readonly string AppendedSql = SqlResource.Load<MappedBasketsLoader>("baskets_appended.sql");

    /// <inheritdoc />
    public string Source => mapping.Name;

    /// <inheritdoc />
    public LoadCounts Load(DuckDBConnection connection, long runId, bool full, CancellationToken cancellationToken)
    {
        var files = FileInbox.Pending(connection, Source, folder, mapping.Pattern, full);
        if (files.Count == 0) return LoadCounts.None;
        var now = clock.GetUtcNow().UtcDateTime;
        var orderedAt = DateOnly.ParseExact(mapping.DefaultDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue);
        OperationalLanding.CreateAll(connection);
        connection.ExecuteNonQuery(StageSql, ("paths", files.Select(f => f.Path).ToArray()), ("delimiter", mapping.Delimiter),
            ("max_length", mapping.MaxItemLength), ("source", Source));
        connection.ExecuteNonQuery(LandSql, ("source", Source), ("run_id", runId), ("now", now), ("customer_id", mapping.BasketCustomerId),
            ("ordered_at", orderedAt), ("category", mapping.DefaultCategory));
        return MappedLanding.Finish(connection, runId, Source, now, files, "basket_lines", AppendedSql);
    }
}
