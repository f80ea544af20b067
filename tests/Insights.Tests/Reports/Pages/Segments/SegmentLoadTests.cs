using Insights.Etl;
using Insights.Reports.Pages.Segments;

namespace Insights.Tests.Reports.Pages.Segments;

/// <summary>Saved segments through real loads of the tiny world (TestData/tiny): a full rebuild keeps them, a later load moves their members.</summary>
public sealed class SegmentLoadTests : IDisposable
{
    readonly TempFolder _folder = new();
    readonly WarehouseHost _host;

    public SegmentLoadTests()
    {
        _host = new WarehouseHost(_folder);
        TinyWorld.CopyTo(_host.SourcesFolder);
        _host.Get<EtlRunner>().RunAll("test", CancellationToken.None);
    }

    static SegmentDefinition South => SegmentsWorld.All(new SegmentCondition("region", "in", ["South"]));

    int Save() => _host.Get<SegmentStore>().Save(new SegmentSave(null, "South", "kept across rebuilds", South), "maria", CancellationToken.None);

    [Fact]
    public void The_load_builds_one_segment_row_per_current_customer_and_its_checks_pass()
    {
        Assert.Equal(4L, _host.Scalar<long>("select count(*) from mart_segment_customer"));
        Assert.Equal(0L, _host.Scalar<long>("select coalesce(sum(failing_rows), 0)::bigint from etl_check_result where check_name like 'mart_segment%'"));
        Assert.True(_host.Scalar<long>("select count(*) from etl_check_result where check_name like 'mart_segment%'") >= 4);
    }

    [Fact]
    public void A_saved_segment_survives_a_full_rebuild_and_is_evaluated_again()
    {
        var id = Save();
        _host.Get<EtlRunner>().RunAll("test", CancellationToken.None, full: true);
        var saved = _host.Get<SegmentStore>().Get(id);
        Assert.NotNull(saved);
        Assert.Equal(("South", "kept across rebuilds"), (saved.Name, saved.Description));
        Assert.Equal(1, _host.Get<SegmentEvaluation>().EvaluateAll(CancellationToken.None));   // evaluated at the new state
        Assert.Equal([1L, 1L], _host.Get<SegmentStore>().History(id).Select(h => h.Members));
        Assert.Equal(4L, _host.Scalar<long>("select count(*) from mart_segment_customer"));
    }

    [Fact]
    public void A_second_load_records_who_entered()
    {
        var id = Save();
        File.AppendAllText(Path.Combine(_host.SourcesFolder, "operational", "customers.csv"),
            "5,Ned South,Ned,ned@example.com,South,web,2024-04-01 09:00:00,2024-04-01 09:00:00\n");
        var runs = _host.Get<EtlRunner>().RunAll("test", CancellationToken.None);
        Assert.All(runs, r => Assert.Equal("succeeded", r.Status));
        Assert.Equal(1, _host.Get<SegmentEvaluation>().EvaluateAll(CancellationToken.None));
        var latest = _host.Get<SegmentStore>().History(id)[^1];
        Assert.Equal((2L, 1L, 0L), (latest.Members, latest.Entered, latest.Left));
        Assert.Equal([("entered", 5)], _host.Get<SegmentStore>().LatestChanges(id, Insights.Reports.Access.PersonalDataView.Full).Select(c => (c.Change, c.CustomerId)));
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
