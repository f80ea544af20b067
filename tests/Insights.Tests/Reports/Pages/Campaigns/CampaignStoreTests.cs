using Insights.Reports.Pages.Campaigns;
using Insights.Reports.Pages.Segments.Export;

namespace Insights.Tests.Reports.Pages.Campaigns;

/// <summary>Creating campaigns on TestData/campaigns: the split stored with its seed, the rules and their messages, the treatment list.</summary>
public sealed class CampaignStoreTests : IDisposable
{
    readonly CampaignsWorld _world = new();

    CampaignRequest Valid => new(_world.SouthSegment, "Spring", "10% off books", CampaignsWorld.Start, 28, 10, 42);

    [Fact]
    public void Creating_stores_every_member_in_its_group_with_the_seed_and_the_shares_asked()
    {
        var id = _world.Store.Create(Valid, "maria", CancellationToken.None);

        var campaign = _world.Store.Get(id)!;
        Assert.Equal((360L, 40L, 42L, "South", "maria"), (campaign.Treatment, campaign.Control, campaign.Seed, campaign.SegmentName, campaign.CreatedBy));
        Assert.Equal(new DateOnly(2025, 3, 28), campaign.LastDay);
        Assert.Equal(40, _world.Group(id, control: true).Length);
        Assert.Equal(360, _world.Group(id, control: false).Length);
        var expected = CampaignSplit.Split(Enumerable.Range(1, 400), 10, 42).Where(m => m.IsControl).Select(m => m.CustomerId);
        Assert.Equal(expected, _world.Group(id, control: true));
    }

    [Fact]
    public void The_same_seed_splits_the_same_segment_alike_and_another_seed_does_not()
    {
        var first = _world.Store.Create(Valid, "maria", CancellationToken.None);
        var same = _world.Store.Create(Valid with { Name = "Spring again" }, "maria", CancellationToken.None);
        var other = _world.Store.Create(Valid with { Name = "Spring other", Seed = 43 }, "maria", CancellationToken.None);

        Assert.Equal(_world.Group(first, control: true), _world.Group(same, control: true));
        Assert.NotEqual(_world.Group(first, control: true), _world.Group(other, control: true));
        Assert.Equal([other, same, first], _world.Store.List().Select(c => c.Id));   // same start: newest first
    }

    [Fact]
    public void Without_a_seed_a_random_one_is_drawn_and_recorded()
    {
        var id = _world.Store.Create(Valid with { Seed = null }, "maria", CancellationToken.None);
        var seed = _world.Store.Get(id)!.Seed;
        var expected = CampaignSplit.Split(Enumerable.Range(1, 400), 10, seed).Where(m => m.IsControl).Select(m => m.CustomerId);

        Assert.Equal(expected, _world.Group(id, control: true));
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "window 6", "The window must be 7 to 365 days; 6 was given." },
        { "window 366", "The window must be 7 to 365 days; 366 was given." },
        { "control 0", "The control share must be 1 to 50%; 0% was given." },
        { "control 51", "The control share must be 1 to 50%; 51% was given." },
        { "no name", "Give the campaign a name." },
        { "no offer", "Say what the offer is." },
        { "long offer", "The offer has at most 200 characters; it has 201." },
        { "segment 99", "There is no saved segment 99." },
        { "start 1999", "The start date must be 2000-01-01 to 2099-12-31; 1999-12-31 was given." },
        { "seed -1", "The seed must be 0 to 2147483647; -1 was given." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_request_breaking_a_rule_is_refused_with_its_message(string change, string message)
    {
        var request = change switch
        {
            "window 6" => Valid with { WindowDays = 6 },
            "window 366" => Valid with { WindowDays = 366 },
            "control 0" => Valid with { ControlPercent = 0 },
            "control 51" => Valid with { ControlPercent = 51 },
            "no name" => Valid with { Name = "  " },
            "no offer" => Valid with { Offer = null },
            "long offer" => Valid with { Offer = new string('x', 201) },
            "segment 99" => Valid with { SegmentId = 99 },
            "start 1999" => Valid with { StartsOn = new DateOnly(1999, 12, 31) },
            "seed -1" => Valid with { Seed = -1 },
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };

        var refused = Assert.Throws<CampaignRequestException>(() => _world.Store.Create(request, "maria", CancellationToken.None));

        Assert.Equal([message], refused.Problems);
        Assert.Empty(_world.Store.List());
    }

    [Fact]
    public void A_name_is_taken_regardless_of_case_and_a_split_leaving_a_group_empty_is_refused()
    {
        _world.Store.Create(Valid, "maria", CancellationToken.None);

        var taken = Assert.Throws<CampaignRequestException>(() => _world.Store.Create(Valid with { Name = "SPRING" }, "maria", CancellationToken.None));
        var tiny = Assert.Throws<CampaignRequestException>(() => _world.Store.Create(
            Valid with { Name = "North", SegmentId = _world.NorthSegment, ControlPercent = 1 }, "maria", CancellationToken.None));

        Assert.Equal(["A campaign named “SPRING” exists already; choose another name."], taken.Problems);
        Assert.StartsWith("The segment “North” has 8 member(s): a 1% control group would leave the control or the treatment group empty.", tiny.Problems.Single());
        Assert.Single(_world.Store.List());
    }

    [Fact]
    public void The_treatment_list_holds_only_treated_customers_masked_for_the_product_view()
    {
        var id = _world.Store.Create(Valid with { SegmentId = _world.NorthSegment, ControlPercent = 38, Seed = 7 }, "maria", CancellationToken.None);

        var export = _world.Host.Get<SegmentExport>();
        var full = export.Rows(CampaignStore.TreatmentSource(id), "North", PersonalDataView.Full, CancellationToken.None).ToList();
        var masked = export.Rows(CampaignStore.TreatmentSource(id), "North", PersonalDataView.Masked, CancellationToken.None).ToList();

        Assert.Equal(_world.Group(id, control: false), full.Select(m => m.CustomerId));
        Assert.Equal($"pat{full[0].CustomerId}@example.com", full[0].Email);
        Assert.Equal($"p{PersonalDataPolicy.Hidden}@example.com", masked[0].Email);
        Assert.All(masked, m => Assert.Null(m.FullName));
    }

    public void Dispose() => _world.Dispose();
}
