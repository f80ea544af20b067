using DuckDB.NET.Data;
using Insights.Warehouse;
using Microsoft.Extensions.Options;

namespace Insights.Etl.Sources.Contacts;

/// <summary>Loads the contact-log exports (SourcesFolder/contacts/*.csv) with DuckDB's CSV reader.</summary>
public sealed class ContactFilesLoader(IOptions<EtlOptions> options, TimeProvider clock) : ISourceLoader
{
    static readonly string LoadSql = SqlResource.Load<ContactFilesLoader>("contacts.sql");

    /// <inheritdoc />
    public string Source => SourceNames.Contacts;

    /// <inheritdoc />
    public IReadOnlyList<string> RawTables { get; } = ["raw_contacts"];

    /// <inheritdoc />
    public LoadCounts Load(DuckDBConnection connection, long runId, CancellationToken cancellationToken)
    {
        var files = FileDrop.Require(options.Value.FolderOf("contacts"), "*.csv", Source);
        var loaded = connection.ExecuteNonQuery(LoadSql, ("paths", files), ("run_id", runId));
        var now = clock.GetUtcNow().UtcDateTime;
        var unparsable = CsvRejects.Quarantine(connection, runId, Source, now);
        var unusable = UnusableRows.Quarantine(typeof(ContactFilesLoader), connection, runId, Source, now);
        return new LoadCounts(loaded + unparsable, loaded - unusable, unparsable + unusable);
    }
}
