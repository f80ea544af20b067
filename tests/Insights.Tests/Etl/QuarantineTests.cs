using Insights.Etl;

namespace Insights.Tests.Etl;

/// <summary>Bad rows go to quarantine with a reason a person understands; the good rows of the same file still load.</summary>
public sealed class QuarantineTests : IDisposable
{
    readonly TempFolder _folder = new();
    readonly WarehouseHost _host;

    public QuarantineTests()
    {
        _host = new WarehouseHost(_folder);
        TinyWorld.CopyTo(_host.SourcesFolder);
    }

    [Fact]
    public void Bad_contact_lines_are_quarantined_and_good_ones_load()
    {
        File.AppendAllText(Path.Combine(_host.SourcesFolder, "contacts", "contacts.csv"),
            "4,1,2024-13-45 10:00:00,email,outbound,0,newsletter\n" +     // impossible date
            "5,2,2024-03-03 10:00:00,email\n" +                           // too few columns
            "6,3,2024-03-04 10:00:00,email,outbound,60,offer\n");         // good
        var runner = _host.Get<EtlRunner>();
        runner.Run(SourceNames.Operational, "test", CancellationToken.None);

        var result = runner.Run(SourceNames.Contacts, "test", CancellationToken.None);

        Assert.Equal(new Insights.Etl.Sources.LoadCounts(6, 4, 2), result.Counts);
        Assert.Equal(4L, _host.Scalar<long>("select count(*) from fct_contact"));
        var reasons = _host.Rows("select row_ref, reason from quarantine_row where source = 'contacts' order by row_ref");
        Assert.Equal(["line 5", "line 6"], reasons.Select(r => (string)r[0]!).ToArray());
        Assert.Equal("contacted_at \"2024-13-45 10:00:00\" is not a date-time (yyyy-MM-dd HH:mm:ss)", reasons[0][1]);
        Assert.Equal("wrong column count: 4 columns where 7 are expected", reasons[1][1]);
    }

    [Fact]
    public void Bad_complaint_lines_are_quarantined_with_their_reason()
    {
        File.AppendAllText(Path.Combine(_host.SourcesFolder, "complaints", "complaints.jsonl"),
            "{\"complaint_id\":3,\"customer_id\":1,\"category\":\"wrong_item\",\"severity\":\"low\",\"opened_at\":\"yesterday\",\"status\":\"open\"}\n" +
            "{not json at all\n" +
            "{\"complaint_id\":\"x7\",\"customer_id\":1,\"category\":\"wrong_item\",\"opened_at\":\"2024-03-01 10:00:00\",\"status\":\"open\"}\n" +
            "{\"complaint_id\":4,\"customer_id\":3,\"category\":\"website_problem\",\"severity\":\"medium\",\"opened_at\":\"2024-03-09 10:00:00\",\"resolved_at\":null,\"status\":\"open\",\"text\":\"ok\"}\n");
        var runner = _host.Get<EtlRunner>();
        runner.Run(SourceNames.Operational, "test", CancellationToken.None);

        var result = runner.Run(SourceNames.Complaints, "test", CancellationToken.None);

        Assert.Equal(new Insights.Etl.Sources.LoadCounts(6, 3, 3), result.Counts);
        var reasons = _host.Rows("select row_ref, reason from quarantine_row where source = 'complaints' order by row_ref")
            .ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        Assert.Equal("opened_at \"yesterday\" is not a date-time (yyyy-MM-dd HH:mm:ss)", reasons["line 3"]);
        Assert.Equal("malformed JSON: the line is not one JSON object", reasons["line 4"]);
        Assert.Equal("complaint_id \"x7\" is not a whole number", reasons["line 5"]);
    }

    [Fact]
    public void Run_row_records_read_loaded_and_quarantined()
    {
        File.AppendAllText(Path.Combine(_host.SourcesFolder, "contacts", "contacts.csv"), "7,1,not a date,email,outbound,0,x\n");
        var runner = _host.Get<EtlRunner>();
        runner.Run(SourceNames.Operational, "test", CancellationToken.None);
        var result = runner.Run(SourceNames.Contacts, "test", CancellationToken.None);

        var row = _host.Rows($"select rows_read, rows_loaded, rows_rejected, status from etl_run where run_id = {result.RunId}").Single();
        Assert.Equal(new object?[] { 4L, 3L, 1L, "succeeded" }, row);
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
