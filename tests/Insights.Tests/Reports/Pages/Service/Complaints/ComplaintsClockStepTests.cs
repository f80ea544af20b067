using Insights.Reports.Pages.Service;
using Insights.Reports.Pages.Service.Complaints;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Service.Complaints;

/// <summary>
/// A new clock step ages the open complaints without computing the view again in the warehouse: the per-load part is kept,
/// and the ages, open breaches and backlog order follow the clock (README: C5, critical, opened 06-30 20:00, target 24 h).
/// </summary>
public sealed class ComplaintsClockStepTests(ComplaintsWorld world) : IClassFixture<ComplaintsWorld>
{
    [Fact]
    public void A_later_clock_step_adds_the_open_complaint_now_past_its_target_without_recomputing_the_view()
    {
        var clock = new SettableClock(ComplaintsWorld.Now);
        var query = ActivatorUtilities.CreateInstance<ComplaintsQuery>(world.World.Host.Services, clock);
        var cache = world.World.Host.Get<ServiceCache>();

        var atNoon = query.Run(new ComplaintsFilter());
        Assert.Same(atNoon, query.Run(new ComplaintsFilter()));   // the same step: the same result
        var computed = cache.Computed;

        clock.Now = ComplaintsWorld.Now.AddHours(9).AddMinutes(3);   // 21:03, the step of 21:00: C5 is 25 h old
        var evening = query.Run(new ComplaintsFilter());

        Assert.Equal(computed, cache.Computed);   // nothing computed again in the warehouse
        Assert.Equal(new DateTime(2024, 7, 1, 21, 0, 0), evening.Now);
        Assert.Equal((3L, 4L), (atNoon.Total.SlaBreaches, evening.Total.SlaBreaches));   // C2, C4, C8; then C5 too
        Assert.Equal(0.5, evening.Total.BreachShare!.Value, 12);                         // 4 of the 8 with a target
        Assert.Equal((2L, 3L), (atNoon.Groups.Single(g => g.Group == "product").SlaBreaches,
            evening.Groups.Single(g => g.Group == "product").SlaBreaches));
        var critical = evening.Sla.Single(s => s.Severity == "critical");
        Assert.Equal((2L, 2L, 3L), (critical.OpenPastTarget, critical.Breaches, critical.Complaints));
        Assert.Equal(2.0 / 3, critical.BreachShare!.Value, 12);
        // C5 now breaches by 1 h and comes after C4 (516 h over) and C8 (57 h over); C7 (no target) last
        Assert.Equal([4L, 8L, 5L, 7L], evening.Backlog.Select(b => b.ComplaintId));
        Assert.Equal((25.0, 1.0), (evening.Backlog[2].AgeHours, evening.Backlog[2].OverdueHours!.Value));
    }
}
