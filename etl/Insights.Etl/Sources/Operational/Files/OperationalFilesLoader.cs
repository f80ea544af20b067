using DuckDB.NET.Data;
using Insights.Etl.Sources.Csv;
using Insights.Etl.Sources.Landing;
using Insights.Warehouse;
using Microsoft.Extensions.Options;

namespace Insights.Etl.Sources.Operational.Files;

/// <summary>
/// Loads the operational source from its CSV exports (SourcesFolder/operational/&lt;table&gt;.csv, each a snapshot of its table)
/// with DuckDB's reader. An export whose checksum was loaded before is skipped; a changed one lands whole and only its new or
/// changed rows reach the warehouse. An export whose header does not name its columns fails the load (<see cref="CsvHeader"/>);
/// every export passes the <see cref="CsvGate"/> before DuckDB reads it, so no line can fail the file or load changed.
/// </summary>
public sealed class OperationalFilesLoader(IOptions<EtlOptions> options, TimeProvider clock) : ISourceLoader
{
    /// <inheritdoc />
    public string Source => SourceNames.Operational;

    /// <inheritdoc />
    public LoadCounts Load(DuckDBConnection connection, long runId, bool full, CancellationToken cancellationToken)
    {
        var folder = options.Value.FolderOf("operational");
        var now = clock.GetUtcNow().UtcDateTime;
        OperationalLanding.CreateAll(connection);
        var loadedFiles = new List<(InboxFile File, LandingTable Table)>();
        using var gate = new CsvGate(connection);
        foreach (var table in LandingTables.Operational)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(folder, table.Name + ".csv");
            if (!File.Exists(path))
                throw new SourceContractException($"The operational export {path} is missing (expected one CSV per table: " +
                                                  string.Join(", ", LandingTables.Operational.Select(t => t.Name)) + ").");
            var pending = FileInbox.Pending(connection, Source, folder, table.Name + ".csv", full);
            if (pending.Count == 0) continue;
            var contract = OperationalLanding.Columns(connection, table);
            CsvHeader.Check(connection, Source, pending[0].Path);
            var readPath = gate.Pass(pending[0].Path, contract);
            connection.ExecuteNonQuery(SqlResource.Load<OperationalFilesLoader>(table.Name + ".sql"), ("path", readPath),
                ("source_file", pending[0].Path));
            loadedFiles.Add((pending[0], table));
        }
        var rejected = gate.Quarantine(runId, Source, now) + CsvRejects.Quarantine(connection, runId, Source, now);
        var counts = OperationalLanding.Finish(connection, runId, Source, now, rejected);
        foreach (var (file, table) in loadedFiles)
            FileInbox.Record(connection, Source, [file], table, runId, now);
        return counts;
    }
}
