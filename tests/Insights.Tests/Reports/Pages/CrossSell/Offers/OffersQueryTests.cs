using Insights.Reports.Access;
using Insights.Reports.Pages.CrossSell.Offers;

namespace Insights.Tests.Reports.Pages.CrossSell.Offers;

/// <summary>
/// The live offers (as of 2024-05-01, the day after the last purchase day) on the hand-solved <see cref="OffersWorld"/>; the
/// numbers as of the backtest's cutoff are in <see cref="OffersBacktestTests"/>.
/// </summary>
public sealed class OffersQueryTests : IDisposable
{
    readonly OffersWorld _world = new();

    OffersResult Run(OffersFilter filter, int? rowLimit = null) => _world.Get<OffersQuery>().Run(filter, rowLimit);

    [Fact]
    public void Live_offers_are_as_of_the_day_after_the_last_purchase_with_names_and_reasons()
    {
        var result = Run(new OffersFilter());

        Assert.Equal(new DateOnly(2024, 5, 1), result.AsOf);
        Assert.Equal(90, result.Horizon);
        Assert.Equal(6, result.Customers);
        var ann = result.Offers.Where(o => o.CustomerId == 1).ToList();
        Assert.Equal("Ann", ann[0].PreferredName);
        Assert.Equal("Coffee", ann[0].Item);
        Assert.Equal("cycle", ann[0].Basis);
        // Ann's last Coffee was 04-08, 23 days before 05-01, on her 14-day cycle: 9 days overdue
        Assert.Equal("bought Coffee on 8 days, about every 14 days; Coffee overdue by about 9 days", ann[0].Reason);
        Assert.Equal(-9, ann[0].DueInDays);
        Assert.Null(ann[0].ProbabilityAlive);   // no trusted fit on six customers
    }

    [Fact]
    public void An_item_returned_in_the_last_90_days_is_never_offered()
    {
        // Eve buys Milk monthly and bought it again on 04-04, but returned Milk on 03-06 (56 days before 05-01)
        var eve = Run(new OffersFilter { Top = 5 }).Offers.Where(o => o.CustomerId == 5).ToList();

        Assert.NotEmpty(eve);
        Assert.DoesNotContain(eve, o => o.Item == "Dairy");
    }

    [Fact]
    public void A_lost_customer_is_listed_after_a_loyal_one()
    {
        var customers = Run(new OffersFilter()).Offers.Select(o => o.CustomerId).Distinct().ToList();

        Assert.Equal(1, customers[0]);   // Ann, with the most valuable first offer
        Assert.True(customers.IndexOf(4) > customers.IndexOf(1), string.Join(",", customers));
        Assert.Equal(4, customers[^1]);  // Dan bought nothing since January 2023
    }

    [Fact]
    public void Offers_are_ordered_most_likely_or_most_revenue_first()
    {
        foreach (var (rank, key) in new[] { ("likely", (Func<OfferRow, double>)(o => o.ExpectedPurchases)), ("revenue", o => o.Score) })
            foreach (var customer in Run(new OffersFilter { Rank = rank, Top = 4 }).Offers.GroupBy(o => o.CustomerId))
            {
                Assert.Equal(Enumerable.Range(1, customer.Count()), customer.Select(o => o.Rank));
                Assert.Equal(customer.Select(key).OrderDescending(), customer.Select(key));
            }
        // the two orders differ somewhere in this world (Ann's third offer: Dairy by likelihood, Tea by revenue)
        Assert.NotEqual(Run(new OffersFilter { Rank = "likely" }).Offers.Select(o => o.Item), Run(new OffersFilter { Rank = "revenue" }).Offers.Select(o => o.Item));
    }

    [Fact]
    public void An_offer_category_keeps_only_that_category_s_offers()
    {
        var bakery = Run(new OffersFilter { Category = "Bakery" }).Offers;

        Assert.NotEmpty(bakery);
        Assert.All(bakery, o => Assert.Equal(("Bakery", 1), (o.Category, o.Rank)));
    }

    [Fact]
    public void A_row_limit_writes_out_the_first_offers_and_counts_them_all_and_the_stream_holds_the_same_offers()
    {
        var filter = new OffersFilter { Top = 2 };
        var all = Run(filter);
        var firstThree = Run(filter, rowLimit: 3);

        Assert.True(all.Offers.Count > 3, $"the world has only {all.Offers.Count} offers");
        Assert.Equal(all.Offers.Count, all.TotalOffers);
        Assert.Equal(all.TotalOffers, firstThree.TotalOffers);
        Assert.Equal(all.Offers.Take(3), firstThree.Offers);
        // the download goes in customer order
        var streamed = _world.Get<OffersQuery>().Stream(filter).ToList();
        Assert.Equal(all.Offers.OrderBy(o => o.CustomerId).ThenBy(o => o.Rank), streamed);
    }

    [Fact]
    public void The_product_role_sees_the_first_word_of_the_preferred_name()
    {
        var fay = Run(new OffersFilter()).Offers.First(o => o.CustomerId == 6);

        Assert.Equal("=Fay <b>\"June\"</b>", fay.PreferredName);
        Assert.Equal("=Fay", PersonalDataPolicy.Apply(fay, PersonalDataView.Masked).PreferredName);
    }

    public void Dispose() => _world.Dispose();
}
