using DuckDB.NET.Data;
using Insights.Etl.Sources.Landing;
using Insights.Etl.Sources.Operational;
using Insights.Warehouse;

namespace Insights.Etl.Sources.Mapped;

/// <summary>
/// The closing steps the mapped loaders share once their lines are staged and landed: append (through the operational
/// landing), record the files, and reconcile in the file's own unit (a line of the file), not in landed rows.
/// </summary>
static class MappedLanding
{
    static readonly string StagedCountsSql = SqlResource.Load(typeof(MappedLanding), "staged_line_counts.sql");

    /// <summary>
    /// Finishes a load whose lines sit in <paramref name="stagedTable"/> (with a reject_reason column);
    /// <paramref name="appendedSql"/> counts the lines this run appended.
    /// </summary>
    public static LoadCounts Finish(DuckDBConnection connection, long runId, string source, DateTime nowUtc,
        IReadOnlyList<InboxFile> files, string stagedTable, string appendedSql)
    {
        long lines, rejected;
        using (var command = connection.CreateCommand(StagedCountsSql.Replace("{staged}", stagedTable, StringComparison.Ordinal)))
        using (var reader = command.ExecuteReader())
        {
            reader.Read();
            (lines, rejected) = (reader.GetInt64(0), reader.GetInt64(1));
        }
        var counts = OperationalLanding.Finish(connection, runId, source, nowUtc, rejectedEarlier: 0);
        FileInbox.Record(connection, source, files, LandingTables.OrderLines, runId, nowUtc);
        var appended = connection.ExecuteScalar<long>(appendedSql, ("run_id", runId));
        var refused = rejected + counts.Rejected;
        return new LoadCounts(lines, appended, refused, lines - appended - refused);
    }
}
