using DuckDB.NET.Data;
using Insights.Warehouse;
using Microsoft.Extensions.Options;

namespace Insights.Etl.Sources.Complaints;

/// <summary>
/// Loads the complaint exports (SourcesFolder/complaints/*.jsonl). Lines are staged as text first, so a malformed line is
/// quarantined with its line number and reason instead of failing the file or being skipped silently.
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
    public IReadOnlyList<string> RawTables { get; } = ["raw_complaints"];

    /// <inheritdoc />
    public LoadCounts Load(DuckDBConnection connection, long runId, CancellationToken cancellationToken)
    {
        var files = FileDrop.Require(options.Value.FolderOf("complaints"), "*.jsonl", Source);
        connection.ExecuteNonQuery(StageSql, ("paths", files));
        connection.ExecuteNonQuery(ParseSql);
        var read = connection.ExecuteScalar<long>("select count(*) from complaint_parsed");
        var loaded = connection.ExecuteNonQuery(LoadSql, ("run_id", runId));
        var rejected = connection.ExecuteNonQuery(QuarantineSql,
            ("run_id", runId), ("source", Source), ("now", clock.GetUtcNow().UtcDateTime));
        return new LoadCounts(read, loaded, rejected);
    }
}
