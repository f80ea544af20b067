using Insights.Etl;
using Insights.Reports.Pages.Campaigns;
using Insights.Reports.Pages.Segments;

namespace Insights.Tests.Reports.Pages.Campaigns;

/// <summary>Campaigns through real loads of the tiny world (TestData/tiny): a full rebuild keeps them, members and groups alike.</summary>
public sealed class CampaignLoadTests : IDisposable
{
    readonly TempFolder _folder = new();
    readonly WarehouseHost _host;

    public CampaignLoadTests()
    {
        _host = new WarehouseHost(_folder);
        TinyWorld.CopyTo(_host.SourcesFolder);
        _host.Get<EtlRunner>().RunAll("test", CancellationToken.None);
    }

    [Fact]
    public void A_campaign_survives_a_full_rebuild_with_its_members_and_readout()
    {
        var everyone = new SegmentDefinition([new ConditionGroup([new SegmentCondition("orders", "between", Min: 0)])]);
        var segment = _host.Get<SegmentStore>().Save(new SegmentSave(null, "Everyone", "", everyone), "maria", CancellationToken.None);
        var store = _host.Get<CampaignStore>();
        var id = store.Create(new CampaignRequest(segment, "Kept", "an offer", new DateOnly(2024, 1, 1), 30, 50, 11), "maria", CancellationToken.None);
        var members = _host.Rows($"select customer_id, is_control from app_campaign_member where campaign_id = {id} order by customer_id");
        var before = _host.Get<CampaignReadoutQuery>().Run(id, CancellationToken.None)!;

        var runs = _host.Get<EtlRunner>().RunAll("test", CancellationToken.None, full: true);

        Assert.All(runs, r => Assert.Equal("succeeded", r.Status));
        Assert.Equal(("Kept", 2L, 2L), (store.Get(id)!.Name, store.Get(id)!.Treatment, store.Get(id)!.Control));
        Assert.Equal(members, _host.Rows($"select customer_id, is_control from app_campaign_member where campaign_id = {id} order by customer_id"));
        var after = _host.Get<CampaignReadoutQuery>().Run(id, CancellationToken.None)!;
        Assert.Equal(before.CsvRows().Select(r => string.Join(",", r)), after.CsvRows().Select(r => string.Join(",", r)));
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
