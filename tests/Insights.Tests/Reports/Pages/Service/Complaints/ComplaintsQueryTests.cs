using Insights.Reports.Pages.Service.Complaints;

namespace Insights.Tests.Reports.Pages.Service.Complaints;

/// <summary>The complaints view's numbers on the hand-made world (TestData/service/complaints/README.md has the arithmetic).</summary>
public sealed class ComplaintsQueryTests(ComplaintsWorld world) : IClassFixture<ComplaintsWorld>
{
    static ComplaintGroupRow Group(ComplaintsResult result, string name) => result.Groups.Single(g => g.Group == name);

    [Fact]
    public void Total_counts_nine_complaints_against_eight_completed_orders()
    {
        var t = world.Run().Total;

        Assert.Equal((9L, 8L, 5L, 4L), (t.Complaints, t.Orders!.Value, t.Resolved, t.StillOpen));
        Assert.Equal(1125.0, t.RatePer1000Orders!.Value, 9);
        // resolved hours 12, 24, 36, 48, 120: an odd count
        Assert.Equal(36.0, t.ResolutionHoursP50!.Value, 9);
        Assert.Equal(91.2, t.ResolutionHoursP90!.Value, 9);
        Assert.Equal((8L, 3L), (t.WithTarget, t.SlaBreaches));
        Assert.Equal(0.375, t.BreachShare!.Value, 9);
    }

    [Fact]
    public void First_response_and_reopens_count_only_complaints_whose_source_has_them()
    {
        var t = world.Run().Total;

        // first responses 1, 2, 2, 4, 6, 24, 24, 72 h (C9 has none): an even count
        Assert.Equal(8L, t.FirstResponsesKnown);
        Assert.Equal(5.0, t.FirstResponseHoursP50!.Value, 9);
        Assert.Equal(38.4, t.FirstResponseHoursP90!.Value, 9);
        Assert.Equal((8L, 2L), (t.ReopensKnown, t.Reopened));
        Assert.Equal(0.25, t.ReopenRate!.Value, 9);
        Assert.Equal(0.375, t.MeanReopens!.Value, 9);
        Assert.Null(t.Note);
    }

    [Fact]
    public void Complaints_from_old_files_say_the_fields_are_not_in_the_source()
    {
        var legacy = world.Run(new ComplaintsFilter { Category = "legacy" }).Total;

        Assert.Equal((1L, 0L, 0L), (legacy.Complaints, legacy.FirstResponsesKnown, legacy.ReopensKnown));
        Assert.Null(legacy.FirstResponseHoursP50);
        Assert.Null(legacy.ReopenRate);
        Assert.Equal("first_response_at and reopened_count not in the source", legacy.Note);
        Assert.Equal(48.0, legacy.ResolutionHoursP50!.Value, 9);
    }

    [Fact]
    public void By_complaint_category_every_rate_is_over_all_completed_orders()
    {
        var result = world.Run();

        Assert.Equal(["delivery", "product", "billing", "legacy"], result.Groups.Select(g => g.Group));
        Assert.All(result.Groups, g => Assert.Equal(8L, g.Orders));
        var delivery = Group(result, "delivery");
        Assert.Equal((3L, 2L, 1L), (delivery.Complaints, delivery.Resolved, delivery.SlaBreaches));
        Assert.Equal(375.0, delivery.RatePer1000Orders!.Value, 9);
        Assert.Equal(30.0, delivery.ResolutionHoursP50!.Value, 9);      // 24 and 36: an even count
        Assert.Equal(34.8, delivery.ResolutionHoursP90!.Value, 9);
        var product = Group(result, "product");
        Assert.Equal((3L, 1L, 2L), (product.Complaints, product.Resolved, product.SlaBreaches));
        Assert.Equal(120.0, product.ResolutionHoursP90!.Value, 9);
        Assert.Equal(250.0, Group(result, "billing").RatePer1000Orders!.Value, 9);
    }

    [Fact]
    public void By_severity_gives_the_percentiles_of_an_even_and_an_odd_count()
    {
        var result = world.Run(new ComplaintsFilter { By = "severity" });

        Assert.Equal(["critical", "high", "medium", "cosmetic", "low"], result.Groups.Select(g => g.Group));
        var high = Group(result, "high");                                  // 24 and 120
        Assert.Equal(72.0, high.ResolutionHoursP50!.Value, 9);
        Assert.Equal(110.4, high.ResolutionHoursP90!.Value, 9);
        var medium = Group(result, "medium");                              // 36 and 48
        Assert.Equal(42.0, medium.ResolutionHoursP50!.Value, 9);
        Assert.Equal(46.8, medium.ResolutionHoursP90!.Value, 9);
        var critical = Group(result, "critical");                          // 12 alone: one resolved of three
        Assert.Equal((3L, 1L, 1L), (critical.Complaints, critical.Resolved, critical.SlaBreaches));
        Assert.Equal(12.0, critical.ResolutionHoursP90!.Value, 9);
        Assert.Equal(0L, Group(result, "cosmetic").WithTarget);
        Assert.Null(Group(result, "cosmetic").BreachShare);
    }

    [Fact]
    public void By_order_channel_counts_the_channel_orders_and_gives_complaints_without_an_order_no_rate()
    {
        var result = world.Run(new ComplaintsFilter { By = "order-channel" });

        var web = Group(result, "web");
        Assert.Equal((4L, 5L), (web.Complaints, web.Orders!.Value));
        Assert.Equal(800.0, web.RatePer1000Orders!.Value, 9);
        var store = Group(result, "store");
        Assert.Equal((2L, 3L), (store.Complaints, store.Orders!.Value));
        Assert.Equal(2000.0 / 3, store.RatePer1000Orders!.Value, 9);
        var noOrder = Group(result, "(no order)");
        Assert.Equal(2L, noOrder.Complaints);
        Assert.Null(noOrder.Orders);
        Assert.Null(noOrder.RatePer1000Orders);
        Assert.Equal(1L, Group(result, "(order not completed)").Complaints);
        Assert.Equal(9L, result.Groups.Sum(g => g.Complaints));
    }

    [Fact]
    public void By_product_category_counts_orders_with_a_line_in_it_and_gives_complaints_without_a_product_no_rate()
    {
        var result = world.Run(new ComplaintsFilter { By = "product-category" });

        Assert.Equal(["(no product)", "Books", "Games"], result.Groups.Select(g => g.Group));
        Assert.Equal((3L, 5L), (Group(result, "Books").Complaints, Group(result, "Books").Orders!.Value));
        Assert.Equal(600.0, Group(result, "Books").RatePer1000Orders!.Value, 9);
        Assert.Equal((3L, 4L), (Group(result, "Games").Complaints, Group(result, "Games").Orders!.Value));
        Assert.Equal(750.0, Group(result, "Games").RatePer1000Orders!.Value, 9);
        Assert.Null(Group(result, "(no product)").RatePer1000Orders);
    }

    [Fact]
    public void By_region_takes_the_region_in_force_at_the_complaint_and_at_the_order()
    {
        var result = world.Run(new ComplaintsFilter { By = "region" });

        // Ana moved South -> North on 2024-03-01: her C1 and her order 100 count in the South
        Assert.Equal((5L, 4L), (Group(result, "South").Complaints, Group(result, "South").Orders!.Value));
        Assert.Equal(1250.0, Group(result, "South").RatePer1000Orders!.Value, 9);
        Assert.Equal((4L, 4L), (Group(result, "North").Complaints, Group(result, "North").Orders!.Value));
        var north = world.Run(new ComplaintsFilter { Region = "North" }).Total;
        Assert.Equal((4L, 4L), (north.Complaints, north.Orders!.Value));
    }

    [Fact]
    public void By_month_lists_months_in_order_and_a_month_without_orders_has_no_rate()
    {
        var result = world.Run(new ComplaintsFilter { By = "month" });

        Assert.Equal(["2024-01", "2024-03", "2024-04", "2024-05", "2024-06"], result.Groups.Select(g => g.Group));
        Assert.Equal(1000.0, Group(result, "2024-01").RatePer1000Orders!.Value, 9);
        Assert.Null(Group(result, "2024-03").RatePer1000Orders);
        Assert.Equal(2000.0 / 3, Group(result, "2024-05").RatePer1000Orders!.Value, 9);
        Assert.Equal((4L, 4L), (Group(result, "2024-06").Complaints, Group(result, "2024-06").Orders!.Value));
    }

    [Fact]
    public void Period_includes_its_last_day_and_segment_limits_complaints_and_orders_alike()
    {
        var june = world.Run(new ComplaintsFilter { From = new(2024, 6, 1), To = new(2024, 6, 30) }).Total;
        var atRisk = world.Run(new ComplaintsFilter { Segment = "At Risk" }).Total;

        Assert.Equal((4L, 4L), (june.Complaints, june.Orders!.Value));          // C5 opened 2024-06-30 20:00 counts
        Assert.Equal((4L, 3L), (atRisk.Complaints, atRisk.Orders!.Value));      // Ben and Dan
        Assert.Equal(4000.0 / 3, atRisk.RatePer1000Orders!.Value, 9);
    }

    [Fact]
    public void Sla_lists_every_target_with_breaches_resolved_late_and_open_past_it_now()
    {
        var sla = world.Run().Sla;

        Assert.Equal(["critical", "high", "medium", "low", "cosmetic"], sla.Select(s => s.Severity));
        Assert.Equal(new SlaRow("critical", 24, 3, 1, 0, 2, 1, 1, 1.0 / 3), sla[0]);
        Assert.Equal(new SlaRow("high", 48, 2, 2, 1, 0, 0, 1, 0.5), sla[1]);
        Assert.Equal(new SlaRow("medium", 120, 2, 2, 0, 0, 0, 0, 0), sla[2]);
        Assert.Equal(new SlaRow("low", 240, 1, 0, 0, 1, 1, 1, 1), sla[3]);
        Assert.Equal(new SlaRow("cosmetic", null, 1, 0, 0, 1, 0, 0, null), sla[4]);
        Assert.Equal("no target", sla[4].TargetText);
        Assert.Equal("5 d (120 h)", sla[2].TargetText);
    }

    [Fact]
    public void Sla_targets_come_from_the_configuration()
    {
        using var world = new ServiceWorld("complaints", new Dictionary<string, string?> { ["Service:Sla:low"] = "32d" });
        var query = Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<ComplaintsQuery>(world.Host.Services,
            new SettableClock(ComplaintsWorld.Now));

        var low = query.Run(new ComplaintsFilter()).Sla.Single(s => s.Severity == "low");

        Assert.Equal((768.0, 0L), (low.TargetHours!.Value, low.Breaches));       // C4, open 747 h, is within 32 days
    }
}
