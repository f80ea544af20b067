using Insights.Warehouse;

namespace Insights.Reports.Caching;

/// <summary>
/// Which committed state the warehouse is in: the latest finished ETL run id, the key under which <see cref="ResultCache"/>
/// keeps results. Read inside a page's <see cref="ReadScope"/>, it belongs to the same state as the page's other reads.
/// </summary>
public sealed class WarehouseState(DuckDbWarehouse warehouse)
{
    static readonly string RunIdSql = SqlResource.Load<WarehouseState>("latest_run.sql");

    // The run id is read at most once a second, and again as soon as a load of this process commits (the site's loads run in
    // it: DuckDB lets one process write the file): a result can outlive another writer's run by that second, never this
    // process's own load, whose committed rows a reader would otherwise see under the previous run's cache keys.
    sealed record RunIdReading(long RunId, long Commits, long ValidUntil);
    RunIdReading? _runId;

    /// <summary>The latest finished run id (0 before the first load).</summary>
    public long Current
    {
        get
        {
            var now = Environment.TickCount64;
            var commits = warehouse.Gate.Commits;   // before the read: a commit after it makes the next call read again
            if (Volatile.Read(ref _runId) is { } seen && now < seen.ValidUntil && commits == seen.Commits) return seen.RunId;
            using var connection = warehouse.OpenConnection();
            var runId = connection.ExecuteScalar<long>(RunIdSql);
            Volatile.Write(ref _runId, new RunIdReading(runId, commits, now + 1000));
            return runId;
        }
    }
}
