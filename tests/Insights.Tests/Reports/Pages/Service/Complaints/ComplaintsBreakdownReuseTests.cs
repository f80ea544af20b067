using System.Text.Json;
using Insights.Reports.Caching;
using Insights.Reports.Limits;
using Insights.Reports.Pages.Service;
using Insights.Reports.Pages.Service.Complaints;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Service.Complaints;

/// <summary>
/// A breakdown of a filter already computed in another breakdown reads only its groups and keeps the other's total, SLA table,
/// backlog and repeat complainers (ComplaintsQuery.ReadOrRegroup): every number equals the breakdown computed whole.
/// </summary>
public sealed class ComplaintsBreakdownReuseTests(ComplaintsWorld world) : IClassFixture<ComplaintsWorld>
{
    // a query with a cache of its own, so what it reuses is only what it computed itself
    ComplaintsQuery FreshQuery()
    {
        var services = world.World.Host.Services;
        var hybrid = new ServiceCollection().AddHybridCache().Services.BuildServiceProvider().GetRequiredService<HybridCache>();
        var cache = new ServiceCache(hybrid, services.GetRequiredService<WarehouseState>(), services.GetRequiredService<ComputeGate>());
        return ActivatorUtilities.CreateInstance<ComplaintsQuery>(services, new SettableClock(ComplaintsWorld.Now), cache);
    }

    static string Json(ComplaintsResult result) => JsonSerializer.Serialize(result);

    public static TheoryData<string?, string?> Filters => new()
    {
        { null, null },
        { "North", null },
        { null, "critical" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Every_breakdown_read_after_another_equals_it_computed_whole(string? region, string? severity)
    {
        var filter = new ComplaintsFilter { Region = region, Severity = severity };
        foreach (var by in ComplaintsFilter.Breakdowns)
        {
            var whole = FreshQuery().Run(filter with { By = by });
            var query = FreshQuery();
            var other = ComplaintsFilter.Breakdowns.First(b => b != by);
            var seen = query.Run(filter with { By = other });
            var regrouped = query.Run(filter with { By = by });

            Assert.Equal(by, regrouped.By);
            Assert.Same(seen.RepeatComplainers, regrouped.RepeatComplainers);   // the other breakdown's lists, not read again
            Assert.Equal(Json(whole), Json(regrouped));
        }
    }

    [Fact]
    public void The_regrouped_view_adds_open_breaches_to_its_own_groups()
    {
        var query = FreshQuery();
        query.Run(new ComplaintsFilter());
        var bySeverity = query.Run(new ComplaintsFilter { By = "severity" });

        // the open breaches (C4, C8 at noon: README) go to their severities' groups, not to their complaint categories'
        Assert.Equal(bySeverity.Total.SlaBreaches, bySeverity.Groups.Sum(g => g.SlaBreaches));
        Assert.All(bySeverity.Groups, g => Assert.Equal(bySeverity.Sla.Single(s => s.Severity == g.Group).Breaches, g.SlaBreaches));
    }
}
