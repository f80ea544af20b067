using Insights.Reports.Pages.CrossSell.Offers;

namespace Insights.Tests.Reports.Pages.CrossSell.Offers;

/// <summary>The Wilson score interval against published values (Newcombe 1998, Table I: 81/263, 15/148, 0/20, 1/29).</summary>
public sealed class WilsonIntervalTests
{
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Matches_Newcombe_s_worked_examples(int hits, int n, double low, double high)
    {
        var (l, h) = WilsonInterval.Of(hits, n);

        Assert.Equal(low, l, 4);
        Assert.Equal(high, h, 4);
    }

    [Fact]
    public void No_trials_give_an_empty_interval() => Assert.Equal((0.0, 0.0), WilsonInterval.Of(0, 0));
}
