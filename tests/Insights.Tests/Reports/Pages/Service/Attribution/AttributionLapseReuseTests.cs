using System.Text.Json;
using Insights.Reports.Caching;
using Insights.Reports.Limits;
using Insights.Reports.Pages.Service;
using Insights.Reports.Pages.Service.Attribution;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Service.Attribution;

/// <summary>
/// The lapses ignore the follow-up window N: a view of another N reads those of the same filter already computed (kept per
/// warehouse state) instead of every last contact again, and they equal the lapses computed for that view alone.
/// </summary>
public sealed class AttributionLapseReuseTests(ChannelsWorld world) : IClassFixture<ChannelsWorld>
{
    // a query with a cache of its own, so what it reuses is only what it computed itself
    AttributionQuery FreshQuery()
    {
        var services = world.Host.Services;
        var hybrid = new ServiceCollection().AddHybridCache().Services.BuildServiceProvider().GetRequiredService<HybridCache>();
        var cache = new ServiceCache(hybrid, services.GetRequiredService<WarehouseState>(), services.GetRequiredService<ComputeGate>());
        return ActivatorUtilities.CreateInstance<AttributionQuery>(services, cache);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("North")]
    public void A_view_of_another_window_reuses_the_lapses_and_they_equal_its_own(string? region)
    {
        var query = FreshQuery();
        var seen = query.Run(new AttributionFilter { Region = region, Days = 14 });
        var other = query.Run(new AttributionFilter { Region = region, Days = 30 });
        var alone = FreshQuery().Run(new AttributionFilter { Region = region, Days = 30 });

        Assert.Same(seen.Lapses, other.Lapses);   // not read again
        Assert.Equal(JsonSerializer.Serialize(alone), JsonSerializer.Serialize(other));
        Assert.NotEqual(JsonSerializer.Serialize(seen.Rows), JsonSerializer.Serialize(other.Rows));   // the window's own rows
    }

    [Fact]
    public void Another_filter_reads_its_own_lapses()
    {
        var query = FreshQuery();
        var all = query.Run(new AttributionFilter());
        var north = query.Run(new AttributionFilter { Region = "North", Days = 30 });

        Assert.NotEqual(JsonSerializer.Serialize(all.Lapses), JsonSerializer.Serialize(north.Lapses));
    }
}
