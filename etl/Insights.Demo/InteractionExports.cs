using Insights.Etl.Sources.Contacts;
using Insights.Etl.Sources.Csv;

namespace Insights.Demo;

/// <summary>
/// The contact-log and complaint exports (contacts/contacts.csv, complaints/complaints.jsonl): the call-centre and complaint
/// systems hand these over as files in every setup, so both demo writers share this class.
/// </summary>
sealed class InteractionExports : IDisposable
{
    readonly CsvTableWriter _contacts;
    readonly ComplaintJsonLinesWriter _complaints;

    public InteractionExports(string sourcesRoot)
    {
        // the header is the contact-log contract's column list (contacts_columns.sql); WriteContact gives the values in that order
        _contacts = new CsvTableWriter(Path.Combine(sourcesRoot, "contacts", "contacts.csv"),
            [.. CsvContract.Read(typeof(ContactFilesLoader), "contacts_columns.sql").Names]);
        try
        {
            _complaints = new ComplaintJsonLinesWriter(Path.Combine(sourcesRoot, "complaints", "complaints.jsonl"));
        }
        catch
        {
            _contacts.Dispose();
            throw;
        }
    }

    public void WriteContact(DemoContact c) =>
        _contacts.Number(c.ContactId).Number(c.CustomerId).Timestamp(c.ContactedAt).Text(c.Channel).Text(c.Direction)
            .Number(c.DurationSeconds).Text(c.Topic).EndRow();

    public void WriteComplaint(DemoComplaint complaint) => _complaints.Write(complaint);

    public void Complete()
    {
        _contacts.Complete();
        _complaints.Complete();
    }

    public void Dispose()
    {
        _contacts.Dispose();
        _complaints.Dispose();
    }
}
