namespace Insights.Etl.Sources.Operational.Staged;

/// <summary>
/// One partition job of a run of the PostgreSQL operational source (an extract-queue job): the rows of one table whose key is
/// in [<see cref="KeyFrom"/>, <see cref="KeyTo"/>] among those changed since the cursor, read in the owner's exported snapshot,
/// so every partition of the plan sees the same committed state of the source.
/// </summary>
/// <param name="PlanId">The owner's plan (one per load), also the staging sub-folder the batch goes to.</param>
/// <param name="Table">The operational table (customers, products, orders, order_lines, returns).</param>
/// <param name="Part">The partition's number within its table, from 0.</param>
/// <param name="KeyFrom">The smallest key of the range (inclusive).</param>
/// <param name="KeyTo">The largest key of the range (inclusive).</param>
/// <param name="SinceUtcTicks">The table's cursor minus the late-commit window, in UTC ticks (null on a full load: every row).</param>
/// <param name="Snapshot">The PostgreSQL snapshot the owner exported and keeps open while the workers read it.</param>
public sealed record ExtractPartition(string PlanId, string Table, int Part, long KeyFrom, long KeyTo, long? SinceUtcTicks, string Snapshot)
{
    /// <summary>The batch's name in the staging folder (without extension): table and part.</summary>
    public string Batch => $"{Table}-{Part:D4}";

    /// <summary>The cursor as a UTC time (null on a full load).</summary>
    public DateTime? Since => SinceUtcTicks is { } ticks ? new DateTime(ticks, DateTimeKind.Utc) : null;
}
