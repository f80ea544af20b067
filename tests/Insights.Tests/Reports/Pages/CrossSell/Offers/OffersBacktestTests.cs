using Insights.Reports.Pages.CrossSell.Offers;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.CrossSell.Offers;

/// <summary>The offers as of the cutoff and the backtest on the hand-solved <see cref="OffersWorld"/> (TestData/offers/README.md).</summary>
public sealed class OffersBacktestTests : IDisposable
{
    readonly OffersWorld _world = new();

    [Fact]
    public void Offers_as_of_the_cutoff_are_the_hand_computed_ones()
    {
        var model = _world.ModelAsOf(OffersWorld.Cutoff);

        // six customers, no trusted BG/NBD fit on six: P(alive) 1 and each customer's own rate (README, "Activity")
        Assert.Equal(6, model.History.Customers.Count);
        Assert.False(model.Activities.Modelled);
        Assert.Equal(4, model.Rules.Count);
        // Ann: Coffee due in 7 days on her 14-day cycle, 2 due dates in the horizon; then the planted affinity Coffee => Bakery
        var ann = OffersWorld.Offers(model, 1, OfferMethod.MostLikely);
        Assert.Equal(["Coffee", "Bakery", "Dairy"], ann.Select(o => o.Item));
        Assert.Equal(2.0, ann[0].Offer.ExpectedPurchases, 9);
        Assert.Equal(20.0, ann[0].Offer.ExpectedRevenue, 9);
        Assert.Equal(7, ann[0].Offer.DueInDays);
        Assert.Equal(7.0 / 91 * 30 * 0.5 / 9, ann[1].Offer.ExpectedPurchases, 9);
        Assert.Equal("bought Coffee on 7 days, about every 14 days; due for Coffee in about 7 days", model.Ranking.Reason(model.History.Customers[0], ann[0].Offer));
        // Cat bought Coffee on her one purchase day: bought again, (1 + 2 × 0.625) / 3 = 0.75 of her days (1.0227); then the
        // planted affinity Coffee => Bakery (0.2273 against Dairy's 0.1705)
        var cat = OffersWorld.Offers(model, 3, OfferMethod.MostLikely);
        Assert.Equal(["Coffee", "Bakery", "Dairy"], cat.Select(o => o.Item));
        Assert.Equal(1.0 / 22 * 30 * 0.75, cat[0].Offer.ExpectedPurchases, 9);
        Assert.Equal(OfferBasis.Repeat, cat[0].Offer.Basis);
        Assert.Equal("bought Coffee on 1 of 1 purchase days; 50% of customers buy Coffee", model.Ranking.Reason(model.History.Customers[2], cat[0].Offer));
        Assert.Equal(1.0 / 22 * 30 * (2 * 0.25 / 3), cat[1].Offer.ExpectedPurchases, 9);
        Assert.Equal("bought Coffee on 1 day; Coffee buyers take Bakery 2.0× as often as others",
            model.Ranking.Reason(model.History.Customers[2], cat[1].Offer));
        // Eve returned Milk 26 days before the cutoff: Dairy, her habit, is not offered
        Assert.DoesNotContain("Dairy", OffersWorld.Offers(model, 5, OfferMethod.MostLikely, k: 5).Select(o => o.Item));
        Assert.Equal(["Household", "Coffee", "Bakery"], OffersWorld.Offers(model, 5, OfferMethod.MostLikely).Select(o => o.Item));
        // the popularity baseline over the same candidates: Coffee (1/2), Household (1/3), then Bakery (1/6, first by name)
        Assert.Equal(["Coffee", "Household", "Bakery"], OffersWorld.Offers(model, 3, OfferMethod.Popular).Select(o => o.Item));
    }

    [Fact]
    public void An_item_bought_on_one_day_is_offered_again_with_that_day_and_the_evidence_in_its_share()
    {
        var model = _world.ModelAsOf(OffersWorld.Cutoff);

        // Eve: Household on 1 of her 3 days, and the rule Dairy => Household (lift 3) lifts its rate 0.125 to 0.375:
        // share (1 + 2 × 0.375) / (3 + 2) = 0.35; E = 3/87 × 30 = 1.034483; expected 0.362069, at her own 4.00 a day 1.448276
        var eve = OffersWorld.Offers(model, 5, OfferMethod.MostLikely);
        Assert.Equal(("Household", OfferBasis.Repeat), (eve[0].Item, eve[0].Offer.Basis));
        Assert.Equal(3.0 / 87 * 30 * 0.35, eve[0].Offer.ExpectedPurchases, 12);
        Assert.Equal(0.362069, eve[0].Offer.ExpectedPurchases, 6);
        Assert.Equal(1.448276, eve[0].Offer.ExpectedRevenue, 6);
        Assert.Equal(3.0, eve[0].Offer.Lift, 12);
        // by revenue Coffee (0.258621 × 10.00 = 2.586207) goes first
        Assert.Equal(["Coffee", "Household", "Tea"], OffersWorld.Offers(model, 5, OfferMethod.MostRevenue).Select(o => o.Item));
        // Fay: Household on her 1 day, no evidence: (1 + 2 × 0.125) / 3 = 1.25 / 3, the same share as Coffee's prior
        // (2 × 0.625) / 3: a tie at 1/72 × 30 × 1.25/3 = 0.173611, broken by name; then Dairy by the rule (0.15625)
        var fay = OffersWorld.Offers(model, 6, OfferMethod.MostLikely);
        Assert.Equal(["Coffee", "Household", "Dairy"], fay.Select(o => o.Item));
        Assert.Equal(0.173611, fay[1].Offer.ExpectedPurchases, 6);
        Assert.Equal(fay[0].Offer.ExpectedPurchases, fay[1].Offer.ExpectedPurchases);
        Assert.Equal(0.156250, fay[2].Offer.ExpectedPurchases, 6);
    }

    [Fact]
    public void Backtest_counts_hits_and_revenue_as_worked_out_by_hand()
    {
        var result = _world.Get<OffersBacktest>().Run(new OffersFilter { Horizon = 30 });

        Assert.Equal(OffersWorld.Cutoff, result.Cutoff);
        Assert.Equal(6, result.Customers);
        // top 1: only Ann's Coffee hits, for every method (Cat's first offer is now the Coffee she bought once, not Bakery)
        var likely1 = result.Line("next-best, most likely", 1);
        Assert.Equal((1, 10.0), (likely1.Hits, likely1.Revenue));
        Assert.Equal(1.0 / 6, likely1.HitRate, 12);
        Assert.Equal(0.0301, likely1.HitRateLow, 4);
        Assert.Equal(0.5635, likely1.HitRateHigh, 4);
        Assert.Equal(1.0, likely1.RatioToPopular);
        var popular1 = result.Line("popular overall", 1);
        Assert.Equal((1, 10.0), (popular1.Hits, popular1.Revenue));
        Assert.Equal((0.0301, 0.5635), (Math.Round(popular1.HitRateLow, 4), Math.Round(popular1.HitRateHigh, 4)));
        Assert.Equal((1, 10.0), (result.Line("next-best, most revenue", 1).Hits, result.Line("next-best, most revenue", 1).Revenue));
        // no segments in this world: the segment baseline is the overall one
        Assert.Equal(1, result.Line("popular in segment", 1).Hits);
        // top 3: next-best also hits Ben's and Cat's Bakery and Fay's Dairy (after the Household she bought once); popularity's
        // Coffee, Household, Bakery misses Fay
        foreach (var method in new[] { "next-best, most likely", "next-best, most revenue" })
        {
            var top3 = result.Line(method, 3);
            Assert.Equal((4, 21.5), (top3.Hits, top3.Revenue));
            Assert.Equal((0.3000, 0.9032), (Math.Round(top3.HitRateLow, 4), Math.Round(top3.HitRateHigh, 4)));
            Assert.Equal(4.0 / 3, top3.RatioToPopular!.Value, 12);
        }
        foreach (var method in new[] { "popular overall", "popular in segment" })
        {
            var top3 = result.Line(method, 3);
            Assert.Equal((3, 19.0), (top3.Hits, top3.Revenue));
            Assert.Equal((0.1876, 0.8124), (Math.Round(top3.HitRateLow, 4), Math.Round(top3.HitRateHigh, 4)));
        }
    }

    [Fact]
    public void Nothing_on_or_after_the_cutoff_changes_the_offers()
    {
        var before = Snapshot(_world.ModelAsOf(OffersWorld.Cutoff));
        using (var connection = _world.Get<DuckDbWarehouse>().OpenConnection())
            // a new customer, a new item, orders, a return and a complaint, all on or after the cutoff
            connection.ExecuteNonQuery("""
                insert into dim_product values (6, 6, null, 'Cake', 'Bakery', 9.00, false);
                insert into fct_order_line values
                  (900, 1, 0, timestamp '2024-04-01 00:00', 3, 3, 1, 'completed', 1, 2.50, 2.50, 0, 2.50, false),
                  (901, 1, 0, timestamp '2024-04-01 00:00', 1, 4, 1, 'completed', 1, 5.00, 5.00, 0, 5.00, false),
                  (902, 1, 0, timestamp '2024-04-15 00:00', 4, 1, 1, 'completed', 1, 10.00, 10.00, 0, 10.00, false);
                insert into fct_return values (2, 101, 1, 20240401, timestamp '2024-04-01 00:00', 1, 1, 1, 10.00, 'late');
                insert into fct_complaint (complaint_id, customer_key, product_key, order_id, opened_date_key, opened_at, resolved_at,
                  status, category, severity, hours_to_resolve, complaint_text) values
                  (2, 2, 2, 205, 20240401, timestamp '2024-04-01 00:00', null, 'open', 'quality', 'low', null, 'stale');
                """);

        Assert.Equal(before, Snapshot(_world.ModelAsOf(OffersWorld.Cutoff)));
        // the same additions one day later than the cutoff would have changed them (the test can fail)
        Assert.NotEqual(before, Snapshot(_world.ModelAsOf(OffersWorld.Cutoff.AddDays(1))));
    }

    [Theory]
    [InlineData("2023-01-02", "The cutoff must be after the first purchase day (2023-01-02)")]
    [InlineData("2024-04-02", "The cutoff plus the horizon must end by the day after the last purchase day (2024-04-30)")]
    public void A_cutoff_the_data_cannot_measure_is_refused_with_the_reason(string cutoff, string message)
    {
        var filter = new OffersFilter { Horizon = 30, Cutoff = DateOnly.Parse(cutoff, System.Globalization.CultureInfo.InvariantCulture) };

        var e = Assert.Throws<BacktestRefusedException>(() => _world.Get<OffersBacktest>().Run(filter));

        Assert.StartsWith(message, e.Message);
    }

    // every customer's top 3 by each method with their scores, as text (the whole model's output)
    static string Snapshot(OfferModel model) => string.Join("\n", model.History.Customers.SelectMany(c =>
        Enum.GetValues<OfferMethod>().Select(m =>
            $"{c.Id} {m}: " + string.Join(", ", OffersWorld.Offers(model, c.Id, m).Select(o => $"{o.Item} {o.Offer.Score:R}")))));

    public void Dispose() => _world.Dispose();
}
