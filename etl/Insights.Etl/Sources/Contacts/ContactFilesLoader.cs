using DuckDB.NET.Data;
using Insights.Etl.Sources.Csv;
using Insights.Etl.Sources.Landing;
using Insights.Warehouse;
using Microsoft.Extensions.Options;

namespace Insights.Etl.Sources.Contacts;

/// <summary>
/// Loads the new and changed contact-log exports (SourcesFolder/contacts/*.csv) with DuckDB's CSV reader; a file whose header does
/// not name the contact columns fails the load (<see cref="CsvHeader"/>); every file passes the <see cref="CsvGate"/> first.
/// </summary>
public sealed class ContactFilesLoader(IOptions<EtlOptions> options, TimeProvider clock) : ISourceLoader
{
    static readonly string LoadSql = SqlResource.Load<ContactFilesLoader>("contacts.sql");

    /// <inheritdoc />
    public string Source => SourceNames.Contacts;

    /// <inheritdoc />
    public LoadCounts Load(DuckDBConnection connection, long runId, bool full, CancellationToken cancellationToken)
    {
        var files = FileInbox.Pending(connection, Source, options.Value.FolderOf("contacts"), "*.csv", full);
        if (files.Count == 0) return LoadCounts.None;
        var now = clock.GetUtcNow().UtcDateTime;
        Landing.Landing.Create(connection, LandingTables.Contacts);
        using var gate = new CsvGate(connection);
        var contract = CsvContract.Declare(connection, typeof(ContactFilesLoader), "contacts_columns.sql");
        foreach (var file in files) CsvHeader.Check(connection, Source, file.Path);
        foreach (var file in files)
            connection.ExecuteNonQuery(LoadSql, ("path", gate.Pass(file.Path, contract)), ("source_file", file.Path));
        var unparsable = gate.Quarantine(runId, Source, now) + CsvRejects.Quarantine(connection, runId, Source, now);
        var unusable = UnusableRows.Quarantine(typeof(ContactFilesLoader), connection, runId, Source, now);
        var appended = Landing.Landing.AppendToRaw(connection, LandingTables.Contacts, runId, Source, now);
        FileInbox.Record(connection, Source, files, LandingTables.Contacts, runId, now);
        return new LoadCounts(unparsable + unusable + appended.Landed, appended.Appended, unparsable + unusable + appended.Conflicts,
            appended.Skipped);
    }
}
