using Insights.Reports.Pages.CrossSell;
using Insights.Reports.Pages.CrossSell.Rules;
using Insights.Reports.Pages.Intervals;
using Insights.Reports.Pages.Loyalty;
using Insights.Reports.Pages.Segments;
using Insights.Reports.Pages.Segments.Scope;
using Insights.Reports.Pages.Service.Complaints;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Segments.Scope;

/// <summary>
/// A saved segment as a report filter, on the segments world (TestData/segments/README.md: who is in each condition; the loyalty
/// README: each customer's orders). Each report's figures with a segment are the figures of its members, worked out by hand.
/// </summary>
public sealed class SegmentScopeTests : IDisposable
{
    readonly SegmentsWorld _world = new();

    // region South: customers 3 (Lost, one order, 500.00, first ordered 2024-01-20), 4 (Hibernating, 60.00, 2024-05-05) and
    // 6 (Potential Loyalist, 40.00, 2024-06-20); all three single purchases
    int SaveSouth() => _world.Store.Save(new SegmentSave(null, "South", "", SegmentsWorld.All(new SegmentCondition("region", "in", ["South"]))),
        "maria", CancellationToken.None);

    // complaints any: customers 1, 2, 3, 4
    int SaveComplainers() => _world.Store.Save(new SegmentSave(null, "Complainers", "",
        SegmentsWorld.All(new SegmentCondition("complaints", "any", []))), "maria", CancellationToken.None);

    LoyaltyQuery Loyalty => _world.Host.Get<LoyaltyQuery>();

    [Fact]
    public void Loyalty_counts_only_the_members_each_with_their_scores_among_everyone()
    {
        var scope = Loyalty.Resolve(new LoyaltyFilter { SegmentId = SaveSouth() });
        Assert.True(Loyalty.UsesMart(scope));   // the default view: the mart's rows of the members
        Assert.Equal(("South", 3L), (scope.Segment!.Name, scope.Segment.Members));

        var rfm = Loyalty.Rfm(scope);
        Assert.Equal([("Potential Loyalist", 1L, 40.00m), ("Hibernating", 1L, 60.00m), ("Lost", 1L, 500.00m)],
            rfm.Segments.Where(s => s.Customers > 0).Select(s => (s.Segment, s.Customers, s.NetAmount)).OrderBy(s => s.NetAmount).ToArray());
        Assert.Equal(3L, rfm.Grid.Sum(c => c.Customers));
        Assert.Equal([("Single purchase", 3L, 600.00m)], Loyalty.Price(scope).Select(p => (p.PriceClass, p.Customers, p.NetAmount)).ToArray());

        var cohorts = Loyalty.Cohorts(scope);   // computed from the members' orders: one customer in each of three months
        Assert.Equal([(new DateOnly(2024, 1, 1), 1L), (new DateOnly(2024, 5, 1), 1L), (new DateOnly(2024, 6, 1), 1L)],
            cohorts.Cells.Where(c => c.MonthsSince == 0).Select(c => (c.Cohort, c.CohortSize)).ToArray());
        Assert.Equal((3L, 0L), (cohorts.Repeat.Customers, cohorts.Repeat.RepeatCustomers));

        Assert.Equal([3, 4, 6], Loyalty.Customers(scope, new LoyaltySelection()).Select(c => c.CustomerId).Order().ToArray());
        Assert.EndsWith("_segment-" + scope.Segment.Id + "-South.csv", scope.FileName(null), StringComparison.Ordinal);
    }

    [Fact]
    public void Loyalty_with_a_region_too_counts_the_members_in_the_region()
    {
        // complainers {1, 2, 3, 4} in the North {1, 2, 5, 7}: 1 (200.00) and 2 (120.00), computed from the order lines
        var scope = Loyalty.Resolve(new LoyaltyFilter { SegmentId = SaveComplainers(), Region = "North" });
        Assert.False(Loyalty.UsesMart(scope));
        var rfm = Loyalty.Rfm(scope);
        Assert.Equal((2L, 320.00m), (rfm.Grid.Sum(c => c.Customers), rfm.Grid.Sum(c => c.NetAmount)));
        Assert.Equal([1, 2], Loyalty.Customers(scope, new LoyaltySelection()).Select(c => c.CustomerId).Order().ToArray());
    }

    [Fact]
    public void Service_complaints_count_the_members_complaints_only()
    {
        // five complaints: 1 and 4 of customer 1, 2 of customer 2, 3 of customer 3, 5 of customer 4; the South's are 3 and 5
        var query = ActivatorUtilities.CreateInstance<ComplaintsQuery>(_world.Host.Services,
            new SettableClock(new DateTimeOffset(2024, 7, 1, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal(5L, query.Run(new ComplaintsFilter()).Total.Complaints);
        var filter = new ComplaintsFilter { SegmentId = SaveSouth() };
        filter.ApplySegment(_world.Host.Get<SegmentScopes>().Resolve(filter.SegmentId, CancellationToken.None));
        Assert.Equal(2L, query.Run(filter).Total.Complaints);
    }

    [Fact]
    public void Intervals_summarise_and_fit_the_members_only()
    {
        // everyone with a completed purchase: customers 1-7; the South's 3, 4 and 6 have one purchase day each (frequency 0)
        var query = _world.Host.Get<IntervalsQuery>();
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], query.Summary(query.Resolve(new IntervalsFilter())!).Select(r => r.CustomerId).ToArray());
        var filter = new IntervalsFilter { SegmentId = SaveSouth() };
        filter.ApplySegment(_world.Host.Get<SegmentScopes>().Resolve(filter.SegmentId, CancellationToken.None));
        var settings = query.Resolve(filter)!;
        Assert.Equal([(3, 0), (4, 0), (6, 0)], query.Summary(settings).Select(r => (r.CustomerId, r.Frequency)).ToArray());
        Assert.Equal([3, 4, 6], query.Gaps(settings).Select(g => g.CustomerId).ToArray());
    }

    [Fact]
    public void Cross_sell_baskets_are_the_members_orders_only()
    {
        // the South's members each have one completed order (4's other order is cancelled): three baskets, one Games and
        // one Books category each for 3 and 4 (Games) and 6 (Books)
        var filter = new RulesFilter { Level = "category", SegmentId = SaveSouth() };
        filter.ApplySegment(_world.Host.Get<SegmentScopes>().Resolve(filter.SegmentId, CancellationToken.None));
        var loaded = _world.Host.Get<BasketQuery>().Load(filter);
        Assert.Equal(3, loaded.Baskets.ItemSets.Zip(loaded.Baskets.Weights).Sum(b => b.Second));
        Assert.Equal(["Books", "Games", "Games"], loaded.Baskets.ItemSets.Zip(loaded.Baskets.Weights)
            .SelectMany(b => Enumerable.Repeat(string.Join("+", b.First.Select(i => loaded.Baskets.ItemNames[i])), b.Second)).Order().ToArray());
    }

    [Fact]
    public void A_segment_asked_for_and_not_resolved_is_never_ignored()
    {
        var filter = new ComplaintsFilter { SegmentId = 1 };
        Assert.Contains("not resolved", Assert.Throws<InvalidOperationException>(() => filter.SharedParameters().ToList()).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => _world.Host.Get<IntervalsQuery>().Resolve(new IntervalsFilter { SegmentId = 1 }));
        Assert.Throws<InvalidOperationException>(() => _world.Host.Get<BasketQuery>().Load(new RulesFilter { SegmentId = 1 }));
    }

    [Fact]
    public void An_unknown_id_is_refused_with_a_message()
    {
        var e = Assert.Throws<SegmentScopeException>(() => _world.Host.Get<SegmentScopes>().Resolve(42, CancellationToken.None));
        Assert.Contains("There is no saved segment 42", e.Message, StringComparison.Ordinal);
        Assert.Contains("There is no saved segment 42", Assert.Throws<LoyaltyFilterException>(() => Loyalty.Resolve(new LoyaltyFilter { SegmentId = 42 })).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_segment_not_evaluated_at_the_current_state_is_evaluated_before_it_is_applied()
    {
        var id = SaveSouth();
        // a "load": customer 5 moves south and a run finishes; nothing re-evaluated the segment yet
        var warehouse = _world.Host.Get<DuckDbWarehouse>();
        using (var connection = warehouse.OpenWriteConnection())
        {
            using var transaction = connection.BeginTransaction();
            connection.ExecuteNonQuery("update dim_customer set region = 'South' where customer_id = 5");
            connection.ExecuteNonQuery("insert into etl_run (run_id, source, trigger, started_at, finished_at, status) values (1, 'test', 'test', now(), now(), 'succeeded')");
            warehouse.Gate.Commit(transaction);
        }
        _world.BuildMarts();
        var scope = _world.Host.Get<SegmentScopes>().Resolve(id, CancellationToken.None)!;
        Assert.Equal((4L, true), (scope.Members, scope.IsCurrent));
        Assert.Equal([3, 4, 5, 6], _world.Host.Rows($"select customer_id from app_segment_member where segment_id = {id} order by 1").Select(r => (int)r[0]!));
    }

    public void Dispose() => _world.Dispose();
}
