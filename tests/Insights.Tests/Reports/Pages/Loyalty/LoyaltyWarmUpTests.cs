using Insights.Reports.Pages.Loyalty;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Loyalty;

/// <summary>The warm-up of single-filter views after a load: it fills the cache the pages read, and the site runs it by itself.</summary>
public sealed class LoyaltyWarmUpTests
{
    [Fact]
    public void Run_caches_every_tab_and_chart_of_each_single_filter()
    {
        using var world = new LoyaltyWorld();
        var cache = world.Host.Get<LoyaltyCache>();
        var warmUp = world.Host.Get<LoyaltyWarmUp>();
        var choices = world.Query.Choices();
        var filters = warmUp.Filters();
        var before = cache.Computed;

        var views = warmUp.Run(CancellationToken.None);

        Assert.Equal(choices.Regions.Count + choices.Channels.Count + choices.Categories.Count, filters.Count);
        Assert.Equal(filters.Count * LoyaltyFilter.Views.Count, views);
        // per filter: five views and two charts computed (the cohorts view is one entry; mart-as-of and choices were there already)
        Assert.True(cache.Computed - before >= filters.Count * (LoyaltyFilter.Views.Count + LoyaltyCharts.Names.Count),
            $"{cache.Computed - before} results computed for {filters.Count} filters");
        // what the page asks for next is the warmed result itself, not a recomputation
        var scope = world.Scope(region: choices.Regions[0]);
        Assert.Same(world.Query.Rfm(scope), world.Query.Rfm(scope));
        var computed = cache.Computed;
        world.Query.Service(world.Scope(category: choices.Categories[^1]));
        Assert.Equal(computed, cache.Computed);
    }

    [Fact]
    public async Task The_site_warms_the_views_after_a_load_by_itself()
    {
        using var site = new WarmingSite();
        var warehouse = site.Services.GetRequiredService<DuckDbWarehouse>();
        LoyaltyWorld.Fill(warehouse);
        // a load finishing is what the warm-up waits for (the world above was written behind the ETL's back)
        using (var connection = warehouse.OpenConnection())
            connection.ExecuteNonQuery("insert into etl_run (run_id, source, trigger, started_at, finished_at, status) " +
                "values (1000, 'operational', 'test', now(), now(), 'succeeded')");
        var cache = site.Services.GetRequiredService<LoyaltyCache>();
        var warmUp = site.Services.GetRequiredService<LoyaltyWarmUp>();
        // the filters are those of the new state (the run id is re-read at most once a second)
        int Expected() => warmUp.Filters().Count * (LoyaltyFilter.Views.Count + LoyaltyCharts.Names.Count);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        // nothing but the warm-up computes views here (no request is made), so the results computed are its work
        while ((Expected() == 0 || cache.Computed < Expected()) && DateTime.UtcNow < deadline) await Task.Delay(200);

        var expected = Expected();
        Assert.True(expected > 0, "the new state has no filters to warm");
        Assert.True(cache.Computed >= expected, $"{cache.Computed} results computed after a minute; the warm-up makes at least {expected}");
    }

    /// <summary>The site with its warm-up on, looking for a finished load every second.</summary>
    sealed class WarmingSite() : SiteFactory(new TempFolder(), ownsFolder: true, settings: new Dictionary<string, string?>
    {
        ["Reports:WarmUp:Enabled"] = "true",
        ["Reports:WarmUp:PollSeconds"] = "1",
    });
}
