using Insights.Reports.Caching;
using Insights.Reports.Pages.CrossSell.Offers;
using Insights.Reports.Pages.Customers.Scores;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.CrossSell.Offers;

/// <summary>
/// The offers page keeps what it read from the kept offers per warehouse state (a second request reads nothing), never what it
/// had to compute, and the warm-up reads the default view only once the kept offers are current.
/// </summary>
public sealed class OffersCacheTests
{
    [Fact]
    public void Offers_are_kept_per_state_and_those_read_from_the_mart_replace_the_computed_ones()
    {
        using var world = new OffersWorld();
        using (var connection = world.Get<DuckDbWarehouse>().OpenConnection())
            world.Get<ModelRunner>().Build(connection, runId: 0, full: true, ["mart_customer_purchase_day"]);
        var cache = world.Get<OffersCache>();
        var warmUp = world.Get<OffersWarmUp>();
        var state = world.Get<WarehouseState>();

        // before the after-load step: nothing warmed (computing here would duplicate the step), a computed page kept as computed
        Assert.Equal(0, warmUp.Run(CancellationToken.None));
        var computed = cache.Offers(new OffersFilter(), CancellationToken.None);
        Assert.False(computed.FromMart);
        Assert.Equal(1, cache.Computed);
        Assert.Same(computed, cache.Offers(new OffersFilter(), CancellationToken.None));
        var before = warmUp.Key(state.Current);

        world.Get<CustomerScoresStep>().Run(1, CancellationToken.None);
        Assert.NotEqual(before, warmUp.Key(state.Current));   // the warm-up runs again once the kept offers are current
        Assert.Equal(1, warmUp.Run(CancellationToken.None));
        Assert.Equal(2, cache.Computed);

        var read = cache.Offers(new OffersFilter(), CancellationToken.None);
        Assert.True(read.FromMart);   // the kept offers replace the computed page
        Assert.Equal(2, cache.Computed);   // the warmed entry
        Assert.Equal(computed.Offers, read.Offers);
        cache.Offers(new OffersFilter { Rank = "revenue" }, CancellationToken.None);
        Assert.Equal(3, cache.Computed);   // another filter, another entry
        cache.Offers(new OffersFilter { Horizon = 30 }, CancellationToken.None);
        cache.Offers(new OffersFilter { Horizon = 30 }, CancellationToken.None);
        Assert.Equal(4, cache.Computed);   // computed (the kept offers are for 90 days) and kept
    }
}
