using DuckDB.NET.Data;
using Insights.Warehouse;
using Microsoft.Extensions.Options;

namespace Insights.Etl.Sources.Operational.Files;

/// <summary>Loads the operational source from its CSV exports (SourcesFolder/operational/&lt;table&gt;.csv) with DuckDB's reader.</summary>
public sealed class OperationalFilesLoader(IOptions<EtlOptions> options, TimeProvider clock) : ISourceLoader
{
    /// <inheritdoc />
    public string Source => SourceNames.Operational;

    /// <inheritdoc />
    public IReadOnlyList<string> RawTables => OperationalTables.RawTables;

    /// <inheritdoc />
    public LoadCounts Load(DuckDBConnection connection, long runId, CancellationToken cancellationToken)
    {
        var folder = options.Value.FolderOf("operational");
        long loaded = 0;
        foreach (var table in OperationalTables.Names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(folder, table + ".csv");
            if (!File.Exists(path))
                throw new SourceContractException($"The operational export {path} is missing (expected one CSV per table: " +
                                                  string.Join(", ", OperationalTables.Names) + ").");
            loaded += connection.ExecuteNonQuery(SqlResource.Load<OperationalFilesLoader>(table + ".sql"),
                ("path", path), ("run_id", runId));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var unparsable = CsvRejects.Quarantine(connection, runId, Source, now);
        var unusable = UnusableRows.Quarantine(typeof(OperationalTables), connection, runId, Source, now);
        return new LoadCounts(loaded + unparsable, loaded - unusable, unparsable + unusable);
    }
}
