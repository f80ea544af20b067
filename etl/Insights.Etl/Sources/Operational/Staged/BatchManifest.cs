namespace Insights.Etl.Sources.Operational.Staged;

/// <summary>
/// What a worker wrote for one partition, next to its Parquet batch (&lt;batch&gt;.manifest.json): a batch counts as committed
/// only once its manifest exists, and the owner checks the file against it (rows and SHA-256) before loading it.
/// </summary>
/// <param name="PlanId">The owner's plan the batch belongs to.</param>
/// <param name="Table">The operational table.</param>
/// <param name="Part">The partition's number within its table.</param>
/// <param name="File">The Parquet file's name in the plan's folder.</param>
/// <param name="Rows">Rows in the file.</param>
/// <param name="Sha256">SHA-256 of the file's bytes (lower-case hex).</param>
/// <param name="KeyFrom">The key range's smallest key.</param>
/// <param name="KeyTo">The key range's largest key.</param>
/// <param name="SinceUtcTicks">The cursor the rows were read from (null: a full load).</param>
/// <param name="Worker">Which worker wrote it (host, process, server).</param>
/// <param name="WrittenAt">When it was committed (UTC).</param>
public sealed record BatchManifest(string PlanId, string Table, int Part, string File, long Rows, string Sha256, long KeyFrom, long KeyTo,
    long? SinceUtcTicks, string Worker, DateTime WrittenAt)
{
    /// <summary>The batch's name (table and part), as <see cref="ExtractPartition.Batch"/>.</summary>
    public string Batch => $"{Table}-{Part:D4}";
}
