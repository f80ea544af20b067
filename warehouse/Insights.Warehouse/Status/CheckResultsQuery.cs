namespace Insights.Warehouse.Status;

/// <summary>One data check of one run: how many rows broke its rule (zero is a pass).</summary>
public sealed record CheckResult(long RunId, string Source, string CheckName, long FailingRows, DateTimeOffset CheckedAt)
{
    /// <summary>No row broke the rule.</summary>
    public bool Passed => FailingRows == 0;

    /// <summary>"pass" or "fail".</summary>
    public string Outcome => Passed ? "pass" : "fail";
}

/// <summary>Data-check results (Checks/*.sql, recorded in etl_check_result by every load): for the runs page and the CLI.</summary>
public sealed class CheckResultsQuery(DuckDbWarehouse warehouse)
{
    static readonly string RunsSql = SqlResource.Load<CheckResultsQuery>("check_results.sql");

    /// <summary>The checks of the newest <paramref name="limit"/> runs (of one source, when given): the runs the runs page lists.</summary>
    public ILookup<long, CheckResult> ForRecentRuns(int limit = 50, string? source = null) =>
        Read(RunsSql, [("run_id", null), ("source", source), ("limit", (long)limit)]).ToLookup(c => c.RunId);

    IReadOnlyList<CheckResult> Read(string sql, (string, object?)[] parameters) => StatusRows.Read(warehouse, sql, parameters,
        r => new CheckResult(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3), StatusRows.ToOffset(r.GetValue(4))!.Value));
}
