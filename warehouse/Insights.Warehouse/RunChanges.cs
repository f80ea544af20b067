using DuckDB.NET.Data;

namespace Insights.Warehouse;

/// <summary>
/// What each load changed, relation by relation (etl_run_change, migration 0058), so an after-load step can tell, without reading
/// its inputs, that no load since it was last current changed one of them (issue 22: the steps after a load cost what changed,
/// as the models do through <see cref="BuildChanges"/>).
/// </summary>
public static class RunChanges
{
    static readonly string RecordSql = SqlResource.Load<ModelRunner>("record_run_change.sql");
    static readonly string SinceSql = SqlResource.Load<ModelRunner>("run_changes_since.sql");

    /// <summary>
    /// Records, on <paramref name="connection"/> inside the load's transaction, that run <paramref name="runId"/> changed
    /// <paramref name="changed"/> (empty: nothing; null: a full rebuild, so anything may have changed).
    /// </summary>
    public static void Record(DuckDBConnection connection, long runId, IReadOnlyCollection<string>? changed) =>
        connection.ExecuteNonQuery(RecordSql, ("run_id", runId),
            ("changed_relations", changed is null ? null : string.Join(',', changed.Order(StringComparer.Ordinal))));

    /// <summary>
    /// The relations the runs after <paramref name="afterRunId"/> up to <paramref name="runId"/> changed; null when that is not
    /// known (a run of the range recorded nothing: it ran before migration 0058, rebuilt everything, or is not finished).
    /// </summary>
    public static IReadOnlySet<string>? Since(DuckDBConnection connection, long afterRunId, long runId)
    {
        using var command = connection.CreateCommand(SinceSql, ("after_run_id", afterRunId), ("run_id", runId));
        using var reader = command.ExecuteReader();
        if (!reader.Read() || !reader.GetBoolean(0)) return null;
        return reader.GetFieldValue<List<string>>(1).ToHashSet(StringComparer.Ordinal);
    }
}
