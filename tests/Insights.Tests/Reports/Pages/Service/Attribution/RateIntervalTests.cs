using Insights.Reports.Pages.Service.Attribution;

namespace Insights.Tests.Reports.Pages.Service.Attribution;

/// <summary>The intervals against the hand computations in TestData/service/channels/README.md and published values.</summary>
public sealed class RateIntervalTests
{
    [Fact]
    public void Wilson_of_three_in_four_matches_the_hand_computation()
    {
        var interval = RateInterval.Wilson(3, 4)!.Value;
        Assert.Equal(0.30064, interval.Low, 5);
        Assert.Equal(0.95441, interval.High, 5);
    }

    [Fact]
    public void Wilson_of_none_starts_at_zero_and_of_all_ends_at_one()
    {
        // Newcombe (1998), table I: 0/10 gives 0 to 0.2775
        var none = RateInterval.Wilson(0, 10)!.Value;
        Assert.Equal(0.0, none.Low, 12);
        Assert.Equal(0.2775, none.High, 4);
        Assert.Equal(1.0, RateInterval.Wilson(1, 1)!.Value.High, 12);
        Assert.Null(RateInterval.Wilson(0, 0));
    }

    [Fact]
    public void Log_ratio_interval_of_the_phone_lift_matches_the_hand_computation()
    {
        var interval = RateInterval.LogRatio(3, 4, 2, 10)!.Value;
        Assert.Equal(0.95997, interval.Low, 4);
        Assert.Equal(14.6489, interval.High, 3);
    }

    [Fact]
    public void Log_ratio_interval_needs_a_success_on_both_sides()
    {
        Assert.Null(RateInterval.LogRatio(0, 1, 1, 3));
        Assert.Null(RateInterval.LogRatio(1, 1, 0, 3));
    }
}
