using Insights.Reports.Pages.CrossSell.Offers;
using Insights.Reports.Pages.Segments.Scope;
using Insights.Reports.Caching;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.CrossSell.Offers;

/// <summary>
/// A saved segment on the offers (segmentId): the list, its count and the download hold exactly the members' rows of the
/// unfiltered offers, in the same order, whether read from the kept offers (mart) or computed; the model stays fitted on
/// everyone (the members' offers are unchanged); the cache keeps one entry per segment.
/// </summary>
public sealed class OffersSavedSegmentTests
{
    static OffersFilter With(OffersFilter filter, SegmentScope scope)
    {
        var scoped = filter with { SegmentId = scope.Id };
        scoped.ApplySegment(scope);
        return scoped;
    }

    // every filter the mart answers, with and without a row limit and an RFM segment
    static IEnumerable<OffersFilter> Filters(IEnumerable<string> categories, string? rfmSegment)
    {
        yield return new OffersFilter();
        yield return new OffersFilter { Rank = "revenue", Top = 5 };
        yield return new OffersFilter { Top = 1, Limit = 2 };
        yield return new OffersFilter { Limit = 3 };
        if (rfmSegment is not null) yield return new OffersFilter { Segment = rfmSegment };
        foreach (var category in categories) yield return new OffersFilter { Category = category };
    }

    static void AssertMembersOnly(WarehouseHost host, SegmentScope scope, IReadOnlySet<int> members, string? rfmSegment)
    {
        var query = host.Get<OffersQuery>();
        var checkedRows = 0;
        foreach (var plain in Filters(query.Categories(), rfmSegment))
        {
            var scoped = With(plain, scope);
            var all = query.Compute(plain).Offers;   // every row, in the page's order (no row limit)
            var expected = all.Where(o => members.Contains(o.CustomerId)).ToList();
            var what = $"{plain.Segment}|{plain.Category}|{plain.Rank}|{plain.Top}|{plain.Limit}";
            Assert.True(expected.Count > 0 || plain.Category is not null, what);   // the segment has offers to find
            Assert.Contains(all, o => !members.Contains(o.CustomerId));   // and the filter has rows to drop

            var computed = query.Compute(scoped, scoped.Limit);
            var read = query.Run(scoped, scoped.Limit);
            Assert.True(read.FromMart, what);
            Assert.Equal(expected.Take(scoped.Limit), computed.Offers);
            Assert.Equal(expected.Take(scoped.Limit), read.Offers);
            Assert.Equal(expected.Count, computed.TotalOffers);
            Assert.Equal(expected.Count, read.TotalOffers);
            // the model is everyone's: the same customers, rules and verdict as without the segment
            Assert.Equal((computed.Customers, computed.PairRules), (read.Customers, read.PairRules));
            Assert.Equal(query.Compute(plain).Customers, computed.Customers);

            var streamed = query.ComputeStream(plain).Where(o => members.Contains(o.CustomerId)).ToList();
            Assert.Equal(streamed, query.ComputeStream(scoped).ToList());
            Assert.Equal(streamed, query.Stream(scoped).ToList());
            checkedRows += expected.Count;
        }
        Assert.True(checkedRows > 0);
    }

    [Fact]
    public void On_the_offers_world_a_saved_segment_keeps_exactly_its_members_rows_on_both_paths()
    {
        using var world = new OffersWorld();
        OffersWorld.SaveSegment(world.Get<DuckDbWarehouse>(), 7, "Ann, Cat and Eve", 1, 3, 5);
        OffersMartTests.Score(world.Host, buildPurchaseDays: true);

        AssertMembersOnly(world.Host, new SegmentScope(7, "Ann, Cat and Eve", 3, new DateTime(2024, 5, 1, 6, 0, 0), true),
            new HashSet<int> { 1, 3, 5 }, rfmSegment: null);
    }

    [Fact]
    public void On_the_cross_sell_world_a_saved_segment_keeps_exactly_its_members_rows_on_both_paths()
    {
        using var world = new CrossSellWorld(withSegments: true);
        CrossSellWorld.SaveCustomers26(world.Get<DuckDbWarehouse>());   // c2 (no offer: bought every category once) and c6
        OffersMartTests.Score(world.Host, buildPurchaseDays: true);

        AssertMembersOnly(world.Host, new SegmentScope(CrossSellWorld.Customers26, "Customers 2 and 6", 2, new DateTime(2024, 5, 1, 6, 0, 0), true),
            new HashSet<int> { 2, 6 }, rfmSegment: "Lost");
    }

    [Fact]
    public void A_segment_asked_for_and_never_resolved_is_refused_on_both_paths_and_each_segment_is_its_own_cache_entry()
    {
        using var world = new OffersWorld();
        var warehouse = world.Get<DuckDbWarehouse>();
        OffersWorld.SaveSegment(warehouse, 7, "Ann", 1);
        OffersWorld.SaveSegment(warehouse, 8, "Ben", 2);
        var query = world.Get<OffersQuery>();
        var unresolved = new OffersFilter { SegmentId = 7 };
        Assert.Throws<InvalidOperationException>(() => query.Compute(unresolved));
        Assert.Throws<InvalidOperationException>(() => query.ComputeStream(unresolved).ToList());

        OffersMartTests.Score(world.Host, buildPurchaseDays: true);
        Assert.Throws<InvalidOperationException>(() => query.Run(unresolved));
        Assert.Throws<InvalidOperationException>(() => query.Stream(unresolved).ToList());

        var cache = world.Get<OffersCache>();
        var scopes = world.Get<SegmentScopes>();
        var ann = With(new OffersFilter(), scopes.Resolve(7, CancellationToken.None)!);
        var ben = With(new OffersFilter(), scopes.Resolve(8, CancellationToken.None)!);
        var before = cache.Computed;
        Assert.Equal([1], cache.Offers(ann, CancellationToken.None).Offers.Select(o => o.CustomerId).Distinct());
        Assert.Equal([2], cache.Offers(ben, CancellationToken.None).Offers.Select(o => o.CustomerId).Distinct());
        Assert.Equal(before + 2, cache.Computed);   // another segment, another entry
        cache.Offers(ann, CancellationToken.None);
        Assert.Equal(before + 2, cache.Computed);   // the same segment at the same evaluation: read from the cache
    }
}
