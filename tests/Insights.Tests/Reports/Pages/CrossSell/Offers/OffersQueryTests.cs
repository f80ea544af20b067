using Insights.Reports.Pages.CrossSell.Offers;

namespace Insights.Tests.Reports.Pages.CrossSell.Offers;

/// <summary>Next-best offer on the hand-solved <see cref="CrossSellWorld"/>.</summary>
public sealed class OffersQueryTests
{
    // customers' categories: c1 {Bakery, Dairy}, c2 {Bakery, Dairy, Drinks}, c3 {Bakery}, c4 {Bakery, Dairy}, c5 {Drinks},
    // c6 {Dairy, Drinks}; n = 6. Bakery 4, Dairy 4, Drinks 3; Bakery+Dairy 3, Dairy+Drinks 2, Bakery+Drinks 1.
    // Rules with lift above 1: Bakery => Dairy and Dairy => Bakery, confidence 3/4, lift 0.75 / (4/6) = 1.125.
    // (Dairy => Drinks: 2/4 / (3/6) = 1.0, Drinks => Dairy 2/3 / (4/6) = 1.0: no lift, no reason.)

    [Fact]
    public void A_rule_or_the_segment_scores_each_item_not_bought_with_its_reason()
    {
        using var world = new CrossSellWorld(withSegments: true);

        var result = world.Get<OffersQuery>().Run(new OffersFilter { Top = 3, MinSupport = 0m });

        Assert.Equal(2, result.PairRules);
        // c3 (Champions, bought Bakery): Dairy by rule 0.75; Drinks by segment: 1 of 3 Champions (c2) = 1/3
        var c3 = result.Offers.Where(o => o.CustomerId == 3).ToList();
        Assert.Equal(["Dairy", "Drinks"], c3.Select(o => o.Item));
        Assert.Equal(0.75, c3[0].Score, 12);
        Assert.Equal("bought Bakery; 75% of buyers of Bakery also buy Dairy, 1.1× the usual rate", c3[0].Reason);
        Assert.Equal(1.0 / 3, c3[1].Score, 12);
        Assert.Equal("33% of Champions customers buy Drinks", c3[1].Reason);
        // c5 (Lost, bought Drinks): no rule from Drinks lifts anything; Lost buy Dairy 2/3 (c4 c6), Bakery 1/3 (c4)
        var c5 = result.Offers.Where(o => o.CustomerId == 5).ToList();
        Assert.Equal(["Dairy", "Bakery"], c5.Select(o => o.Item));
        Assert.Equal("67% of Lost customers buy Dairy", c5[0].Reason);
        Assert.Equal([1, 2], c5.Select(o => o.Rank));
        // c2 bought every category: nothing to offer
        Assert.DoesNotContain(result.Offers, o => o.CustomerId == 2);
    }

    [Fact]
    public void A_segment_filter_gives_that_segment_s_target_list_and_without_segments_rules_alone_score()
    {
        using var withSegments = new CrossSellWorld(withSegments: true);
        var lost = withSegments.Get<OffersQuery>().Run(new OffersFilter { MinSupport = 0m, Segment = "Lost" });
        Assert.Equal([4, 5, 6], lost.Offers.Select(o => o.CustomerId).Distinct());

        using var without = new CrossSellWorld(withSegments: false);
        var offers = without.Get<OffersQuery>().Run(new OffersFilter { MinSupport = 0m });

        Assert.False(offers.HasSegments);
        // only c3 (Bakery => Dairy) has a rule-backed offer; c6 {Dairy, Drinks} would get Bakery from Dairy => Bakery
        Assert.All(offers.Offers, o => Assert.Equal("rule", o.Basis));
        Assert.Equal([(3, "Dairy"), (6, "Bakery")], offers.Offers.Select(o => (o.CustomerId, o.Item)));
    }

    [Fact]
    public void A_row_limit_writes_out_the_first_offers_and_counts_them_all()
    {
        using var world = new CrossSellWorld(withSegments: true);
        var all = world.Get<OffersQuery>().Run(new OffersFilter { Top = 2, MinSupport = 0m });

        var firstThree = world.Get<OffersQuery>().Run(new OffersFilter { Top = 2, MinSupport = 0m }, rowLimit: 3);

        Assert.True(all.Offers.Count > 3, $"the world has only {all.Offers.Count} offers");
        Assert.Equal(all.Offers.Count, all.TotalOffers);
        Assert.Equal(all.TotalOffers, firstThree.TotalOffers);
        Assert.Equal(all.Offers.Take(3), firstThree.Offers);
    }

    [Fact]
    public void Only_the_best_offers_per_customer_are_kept_best_first()
    {
        using var world = new CrossSellWorld(withSegments: true);

        var one = world.Get<OffersQuery>().Run(new OffersFilter { Top = 1, MinSupport = 0m });
        var three = world.Get<OffersQuery>().Run(new OffersFilter { Top = 3, MinSupport = 0m });

        // each customer's single offer is the first of their three, and ranks run 1, 2, … by falling score
        Assert.Equal(three.Offers.Where(o => o.Rank == 1), one.Offers);
        foreach (var customer in three.Offers.GroupBy(o => o.CustomerId))
        {
            Assert.Equal(Enumerable.Range(1, customer.Count()), customer.Select(o => o.Rank));
            Assert.Equal(customer.Select(o => o.Score).OrderByDescending(x => x), customer.Select(o => o.Score));
        }
    }

    [Fact]
    public void The_download_stream_holds_the_same_offers_as_the_page_query()
    {
        using var world = new CrossSellWorld(withSegments: true);
        var filter = new OffersFilter { Top = 2, MinSupport = 0m };

        Assert.Equal(world.Get<OffersQuery>().Run(filter).Offers, world.Get<OffersQuery>().Stream(filter));
    }
}
