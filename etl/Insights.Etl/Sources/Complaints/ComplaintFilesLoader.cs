using DuckDB.NET.Data;
using Insights.Etl.Sources.Landing;
using Insights.Warehouse;
using Microsoft.Extensions.Options;

namespace Insights.Etl.Sources.Complaints;

/// <summary>
/// Loads the new and changed complaint exports (SourcesFolder/complaints/*.jsonl). Lines are staged one by one first (from the
/// file's bytes, so even a line that is not UTF-8 stands alone), then parsed and checked in SQL, so a bad line is quarantined
/// with its line number and reason instead of failing the file or being skipped silently.
/// </summary>
public sealed class ComplaintFilesLoader(IOptions<EtlOptions> options, TimeProvider clock) : ISourceLoader
{
    static readonly string StageSql = SqlResource.Load<ComplaintFilesLoader>("stage_complaint_lines.sql");
    static readonly string ParseSql = SqlResource.Load<ComplaintFilesLoader>("parse_complaint_lines.sql");
    static readonly string LoadSql = SqlResource.Load<ComplaintFilesLoader>("load_complaints.sql");
    static readonly string QuarantineSql = SqlResource.Load<ComplaintFilesLoader>("quarantine_complaints.sql");

    /// <inheritdoc />
    public string Source => SourceNames.Complaints;

    /// <inheritdoc />
    public LoadCounts Load(DuckDBConnection connection, long runId, bool full, CancellationToken cancellationToken)
    {
        var files = FileInbox.Pending(connection, Source, options.Value.FolderOf("complaints"), "*.jsonl", full);
        if (files.Count == 0) return LoadCounts.None;
        var now = clock.GetUtcNow().UtcDateTime;
        Landing.Landing.Create(connection, LandingTables.Complaints);
        connection.ExecuteNonQuery(StageSql, ("paths", files.Select(f => f.Path).ToArray()));
        connection.ExecuteNonQuery(ParseSql);
        connection.ExecuteNonQuery(LoadSql);
        var unparsable = connection.ExecuteNonQuery(QuarantineSql, ("run_id", runId), ("source", Source), ("now", now));
        var appended = Landing.Landing.AppendToRaw(connection, LandingTables.Complaints, runId, Source, now);
        FileInbox.Record(connection, Source, files, LandingTables.Complaints, runId, now);
        return new LoadCounts(unparsable + appended.Landed, appended.Appended, unparsable + appended.Conflicts, appended.Skipped);
    }
}
