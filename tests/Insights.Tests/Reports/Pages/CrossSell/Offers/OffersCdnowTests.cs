using Insights.Reports.Pages.CrossSell.Offers;
using Insights.Tests.Reports.Pages.Intervals;

namespace Insights.Tests.Reports.Pages.CrossSell.Offers;

/// <summary>
/// The backtest on CDNOW_sample.txt (one product, no categories): every method can only offer the one item, so nothing beats
/// popularity, which offers it to everyone and hits every customer who buys in the horizon (398 at a 1997-10-01 cutoff);
/// next-best offers it only when a customer's own cycle falls due in the horizon, and hits 388 (ratio 0.97).
/// </summary>
public sealed class OffersCdnowTests(CdnowSampleWarehouse cdnow, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<CdnowSampleWarehouse>
{
    [Fact]
    public void Without_categories_the_offers_can_only_match_popularity_or_miss_a_customer_not_due()
    {
        var result = cdnow.Host.Get<OffersBacktest>().Run(new OffersFilter { Cutoff = new DateOnly(1997, 10, 1), Horizon = 90 });

        foreach (var line in result.Lines)
            output.WriteLine($"{line.Method} top {line.Top}: {line.Hits} of {line.Customers} ({line.HitRate:P1}, {line.HitRateLow:P1}-{line.HitRateHigh:P1}), revenue {line.Revenue:N2}");
        output.WriteLine($"modelled {result.Modelled}, {result.Seconds:0.0} s");
        Assert.Equal(2357, result.Customers);
        var popular = result.Line("popular overall", 1).Hits;
        var likely = result.Line("next-best, most likely", 1).Hits;
        Assert.Equal((398, 388), (popular, likely));
        Assert.All(result.Lines.Where(l => l.Method.StartsWith("popular", StringComparison.Ordinal)), l => Assert.Equal(popular, l.Hits));
        Assert.All(result.Lines.Where(l => l.Method.StartsWith("next-best", StringComparison.Ordinal)), l => Assert.Equal(likely, l.Hits));
        Assert.Equal(0, result.PairRules);
    }
}
