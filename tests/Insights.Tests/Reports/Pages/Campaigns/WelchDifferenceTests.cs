using Insights.Reports.Pages.Campaigns;

namespace Insights.Tests.Reports.Pages.Campaigns;

/// <summary>Welch's interval against the hand-computed case of TestData/campaigns/README.md.</summary>
public sealed class WelchDifferenceTests
{
    static GroupSample Sample(params double[] values)
    {
        var mean = values.Average();
        return new(values.Length, mean, values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }

    [Fact]
    public void The_revenue_case_matches_the_hand_computation()
    {
        var d = WelchDifference.Of(Sample(0, 10, 20, 30, 40), Sample(0, 10, 20));

        Assert.Equal(10, d.Estimate, 9);
        Assert.Equal(9.128709292, d.StandardError!.Value, 6);
        Assert.Equal(5.882352941, d.DegreesOfFreedom!.Value, 6);
        Assert.Equal(-12.445886846, d.Low!.Value, 5);
        Assert.Equal(32.445886846, d.High!.Value, 5);
    }

    [Fact]
    public void The_buyer_rate_case_matches_the_hand_computation()
    {
        var d = WelchDifference.Of(Sample(0, 1, 1, 1, 1), Sample(0, 1, 1));

        Assert.Equal(0.133333333, d.Estimate, 6);
        Assert.Equal(3.474079639, d.DegreesOfFreedom!.Value, 6);
        Assert.Equal(-1.013548116, d.Low!.Value, 5);
        Assert.Equal(1.280214782, d.High!.Value, 5);
    }

    [Fact]
    public void With_many_degrees_of_freedom_the_quantile_nears_the_normal_one()
    {
        // equal groups of 10,000 with variance 1: se = sqrt(2/10000), df = 19,998, t(0.975) = 1.96 to three decimals
        var d = WelchDifference.Of(new GroupSample(10_000, 1, 1), new GroupSample(10_000, 0, 1));

        Assert.Equal(19_998, d.DegreesOfFreedom!.Value, 6);
        Assert.Equal(1.96, (d.High!.Value - d.Estimate) / d.StandardError!.Value, 2);
    }

    [Fact]
    public void Fewer_than_two_customers_or_no_spread_gives_no_interval()
    {
        Assert.Null(WelchDifference.Of(new GroupSample(1, 5, 0), new GroupSample(10, 1, 1)).Low);
        Assert.Null(WelchDifference.Of(new GroupSample(10, 5, 0), new GroupSample(10, 1, 0)).Low);
        Assert.Equal(4, WelchDifference.Of(new GroupSample(10, 5, 0), new GroupSample(10, 1, 0)).Estimate);
    }

    [Fact]
    public void Scaling_multiplies_the_estimate_and_both_ends()
    {
        var d = WelchDifference.Of(Sample(0, 10, 20, 30, 40), Sample(0, 10, 20)).Times(5);

        Assert.Equal(50, d.Estimate, 9);
        Assert.Equal(-62.22943423, d.Low!.Value, 4);
        Assert.Equal(162.22943423, d.High!.Value, 4);
    }
}
