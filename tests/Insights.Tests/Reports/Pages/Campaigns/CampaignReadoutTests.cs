using Insights.Reports.Pages.Campaigns;

namespace Insights.Tests.Reports.Pages.Campaigns;

/// <summary>
/// The readout on TestData/campaigns: the hand-computed North campaign (README.md) through its window's stages, and the South
/// campaigns with a planted effect and with none.
/// </summary>
public sealed class CampaignReadoutTests : IDisposable
{
    readonly CampaignsWorld _world = new();

    // the North campaign: eight members, 38% control (3), seed 7; window 2025-03-01 for 28 days
    int CreateNorth() => _world.Store.Create(new CampaignRequest(_world.NorthSegment, "North test", "free delivery", CampaignsWorld.Start, 28, 38, 7),
        "maria", CancellationToken.None);

    CampaignReadout Read(int id) => _world.Readout.Run(id, CancellationToken.None)!;

    // README.md: treatment t0..t4 (by id) spend 0, 10, 20, 30, 25 + 15; control c0..c2 spend 0, 10, 20; the last on 2025-03-10
    (int[] Treatment, int[] Control) WriteNorthWindow(int id)
    {
        var t = _world.Group(id, control: false);
        var c = _world.Group(id, control: true);
        _world.WriteOrder(9001, t[1], new DateTime(2025, 3, 2, 10, 0, 0), 10);
        _world.WriteOrder(9002, t[2], new DateTime(2025, 3, 4, 10, 0, 0), 20);
        _world.WriteOrder(9003, t[3], new DateTime(2025, 3, 6, 10, 0, 0), 30);
        _world.WriteOrder(9004, t[4], new DateTime(2025, 3, 8, 10, 0, 0), 25);
        _world.WriteOrder(9005, t[4], new DateTime(2025, 3, 10, 10, 0, 0), 15);
        _world.WriteOrder(9006, c[1], new DateTime(2025, 3, 3, 10, 0, 0), 10);
        _world.WriteOrder(9007, c[2], new DateTime(2025, 3, 5, 10, 0, 0), 20);
        return (t, c);
    }

    [Fact]
    public void Before_the_window_has_data_it_says_there_is_nothing_to_read()
    {
        var readout = Read(CreateNorth());

        Assert.Equal(WindowProgress.NotStarted, readout.Progress);
        Assert.Null(readout.Treatment);
        Assert.Empty(readout.CsvRows());
        Assert.Equal("Nothing to read yet: the window starts on 2025-03-01 and the data reach 2025-01-15.", readout.ProgressText);
    }

    [Fact]
    public void Partly_in_it_says_how_many_days_and_reads_what_is_in()
    {
        var id = CreateNorth();
        WriteNorthWindow(id);

        var readout = Read(id);

        Assert.Equal((WindowProgress.Partial, 10), (readout.Progress, readout.DaysIn));
        Assert.Equal("10 of 28 days of the window are in (data up to 2025-03-10): the figures will still move.", readout.ProgressText);
        Assert.Equal(100m, readout.Treatment!.NetAmount);
    }

    [Fact]
    public void The_whole_window_matches_the_hand_computed_readout()
    {
        var id = CreateNorth();
        var (t, c) = WriteNorthWindow(id);
        // outside the window: the minute before it, the first minute after it, and the order that brings the data past it
        _world.WriteOrder(9008, t[0], new DateTime(2025, 2, 28, 23, 59, 0), 50);
        _world.WriteOrder(9009, t[0], new DateTime(2025, 3, 29, 0, 0, 0), 60);
        _world.WriteOrder(9010, c[1], new DateTime(2025, 4, 2, 10, 0, 0), 99);

        var r = Read(id);

        Assert.Equal((WindowProgress.Complete, 28, new DateOnly(2025, 4, 2)), (r.Progress, r.DaysIn, r.DataUpTo!.Value));
        Assert.Equal((5L, 4L, 5L, 100m), (r.Treatment!.Customers, r.Treatment.Buyers, r.Treatment.Orders, r.Treatment.NetAmount));
        Assert.Equal((3L, 2L, 2L, 30m), (r.Control!.Customers, r.Control.Buyers, r.Control.Orders, r.Control.NetAmount));
        Assert.Equal(250, r.Treatment.Variance, 9);
        Assert.Equal(100, r.Control.Variance, 9);
        var d = r.RevenueDifference!;
        Assert.Equal((10.0, 5.882352941), (Math.Round(d.Estimate, 9), Math.Round(d.DegreesOfFreedom!.Value, 9)));
        Assert.Equal(-12.445886846, d.Low!.Value, 5);
        Assert.Equal(32.445886846, d.High!.Value, 5);
        Assert.Equal(50, r.Incremental!.Estimate, 9);
        Assert.Equal(-62.22943423, r.Incremental.Low!.Value, 4);
        Assert.Equal(0.133333333, r.BuyerRateDifference!.Estimate, 6);
        Assert.Equal(-1.013548116, r.BuyerRateDifference.Low!.Value, 5);
        Assert.Equal(["customers", 5L, 3L, null, null, null, null], r.CsvRows().First());
    }

    [Fact]
    public void A_planted_effect_lies_in_the_interval_and_zero_does_not()
    {
        var id = _world.CreateSouth("Books spring", controlPercent: 50);
        _world.WriteSouthOrders(id, effect: 25m);

        var r = Read(id);

        Assert.Equal(WindowProgress.Complete, r.Progress);
        Assert.Equal((200L, 200L), (r.Treatment!.Customers, r.Control!.Customers));
        Assert.Equal(200L, r.Treatment.Buyers);                    // every treated customer has the planted order
        Assert.True(Covers(r.RevenueDifference!, 25), $"{r.RevenueDifference} does not cover the planted 25");
        Assert.False(Covers(r.RevenueDifference!, 0), $"{r.RevenueDifference} covers 0 although 25 was planted");
        Assert.Equal(r.RevenueDifference!.Estimate * 200, r.Incremental!.Estimate, 6);
        Assert.True(Covers(r.Incremental, 25 * 200));
    }

    [Fact]
    public void Without_an_effect_the_interval_covers_zero()
    {
        var id = _world.CreateSouth("Books placebo", controlPercent: 20);
        _world.WriteSouthOrders(id, effect: 0m);

        var r = Read(id);

        Assert.Equal((320L, 80L), (r.Treatment!.Customers, r.Control!.Customers));
        Assert.True(Covers(r.RevenueDifference!, 0), $"{r.RevenueDifference} does not cover 0 with no effect planted");
        Assert.True(Covers(r.BuyerRateDifference!, 0), $"{r.BuyerRateDifference} does not cover 0 with no effect planted");
        Assert.True(Covers(r.Incremental!, 0));
    }

    [Fact]
    public void An_unknown_campaign_has_no_readout() => Assert.Null(_world.Readout.Run(99, CancellationToken.None));

    public void Dispose() => _world.Dispose();

    // whether the difference's confidence interval holds value
    static bool Covers(WelchDifference difference, double value) => difference.Low <= value && value <= difference.High;
}
