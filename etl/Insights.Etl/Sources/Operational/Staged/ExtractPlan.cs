using System.Globalization;
using Insights.Etl.Sources.Landing;
using Insights.Etl.Sources.Operational.Postgres;
using Insights.Warehouse;
using Npgsql;

namespace Insights.Etl.Sources.Operational.Staged;

/// <summary>
/// Cuts a run of the PostgreSQL operational source into partition jobs: per table, the key range of the rows its extraction
/// reads (changed since the cursor), found in the owner's snapshot, split into <see cref="OperationalSourceOptions.PartitionsPerTable"/>
/// ranges of equal width. A table with no such rows gets no partition. The partition's select is rebuilt by the worker from the
/// table, cursor and range (<see cref="Select"/>), so no SQL travels through the job storage.
/// </summary>
public static class ExtractPlan
{
    static readonly string BoundsSql = SqlResource.Load(typeof(ExtractPlan), "partition_bounds.sql");
    static readonly string PartitionSql = SqlResource.Load(typeof(ExtractPlan), "partition_select.sql");

    /// <summary>The partitions of plan <paramref name="planId"/>, masters first, each table's in key order.</summary>
    public static IReadOnlyList<ExtractPartition> Cut(SnapshotCsvExport snapshot, string planId,
        IReadOnlyDictionary<string, DateTime?> sinceByTable, int partitionsPerTable)
    {
        var partitions = new List<ExtractPartition>();
        foreach (var table in LandingTables.Operational)
        {
            var since = sinceByTable[table.Name];
            object?[] bounds;
            try
            {
                bounds = snapshot.Query(BoundsSql.Replace("{select}", OperationalQueries.Select(table.Name, since), StringComparison.Ordinal)
                    .Replace("{key}", KeyOf(table), StringComparison.Ordinal)).Single();
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.UndefinedColumn)
            {
                throw new SourceContractException($"The operational database does not have what {table.Name} needs: {e.MessageText}", e);
            }
            if (bounds[0] is not long from || bounds[1] is not long to) continue;   // nothing changed
            foreach (var (lo, hi) in Ranges(from, to, partitionsPerTable))
                partitions.Add(new ExtractPartition(planId, table.Name, partitions.Count(p => p.Table == table.Name), lo, hi,
                    since?.Ticks, snapshot.Snapshot ?? throw new InvalidOperationException("The owner's snapshot was not exported.")));
        }
        return partitions;
    }

    /// <summary>[<paramref name="from"/>, <paramref name="to"/>] cut into at most <paramref name="parts"/> non-empty ranges of equal width.</summary>
    public static IEnumerable<(long From, long To)> Ranges(long from, long to, int parts)
    {
        var width = (Int128)to - from + 1;
        var count = (int)Int128.Min(parts, width);
        for (var i = 0; i < count; i++)
            yield return ((long)(from + width * i / count), (long)(from + width * (i + 1) / count - 1));
    }

    /// <summary>The PostgreSQL select of <paramref name="partition"/>: its table's extraction since the cursor, within its key range.</summary>
    public static string Select(ExtractPartition partition)
    {
        var table = LandingTables.Operational.SingleOrDefault(t => t.Name == partition.Table)
                    ?? throw new ArgumentException($"Unknown operational table '{partition.Table}'.", nameof(partition));
        return PartitionSql.Trim().TrimEnd(';')
            .Replace("{select}", OperationalQueries.Select(table.Name, partition.Since), StringComparison.Ordinal)
            .Replace("{key}", KeyOf(table), StringComparison.Ordinal)
            .Replace("{from}", partition.KeyFrom.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{to}", partition.KeyTo.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    // the first key column (customer_id, product_id, order_id, return_id; order_lines by order_id, so an order's lines stay
    // together), a name of ours, quoted as an identifier
    static string KeyOf(LandingTable table) => "\"" + table.Key[0] + "\"";
}
