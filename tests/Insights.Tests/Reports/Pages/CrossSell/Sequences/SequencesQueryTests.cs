using Insights.Reports.Pages.CrossSell.Sequences;

namespace Insights.Tests.Reports.Pages.CrossSell.Sequences;

/// <summary>Sequential cross-sell on the hand-solved <see cref="CrossSellWorld"/>.</summary>
public sealed class SequencesQueryTests
{
    [Fact]
    public void Bought_a_then_b_within_n_days_is_counted_against_the_baseline_rate_of_b()
    {
        using var world = new CrossSellWorld(withSegments: false);

        var result = world.Get<SequencesQuery>().Run(new SequencesFilter { Days = 30, MinCustomers = 1 });

        // last order day 2024-04-30; first purchases by category:
        //   c1 Bakery 01-01 Dairy 01-01 | c2 Bakery 01-02 Dairy 01-20 Drinks 01-20 | c3 Bakery 01-03 | c4 Dairy 01-05 Bakery 03-01
        //   c5 Drinks 01-06 | c6 Dairy 01-07 Drinks 04-30  (the cancelled cake of c6 does not count)
        // Bakery => Dairy: anchors c1 c2 c3 c4; c1 and c4 had Dairy by then -> 2 customers; c2 bought Dairy on 01-20 -> 1/2
        //   baseline Dairy from each first order: c1, c4, c6 start with Dairy -> population c2 c3 c5; c2 within 30 days -> 1/3
        var bakeryDairy = result.Rows.Single(r => r is { ItemA: "Bakery", ItemB: "Dairy" });
        Assert.Equal((2L, 1L), (bakeryDairy.Customers, bakeryDairy.Followed));
        Assert.Equal(0.5, bakeryDairy.Rate, 12);
        Assert.Equal(1.0 / 3, bakeryDairy.BaselineRate!.Value, 12);
        Assert.Equal(1.5, bakeryDairy.Lift!.Value, 12);
        // Bakery => Drinks: 4 customers, c2 within 30 days -> 1/4; baseline: c5 starts with Drinks -> 5 customers, c2 -> 1/5
        var bakeryDrinks = result.Rows.Single(r => r is { ItemA: "Bakery", ItemB: "Drinks" });
        Assert.Equal((4L, 1L), (bakeryDrinks.Customers, bakeryDrinks.Followed));
        Assert.Equal(0.2, bakeryDrinks.BaselineRate!.Value, 12);
        Assert.Equal(1.25, bakeryDrinks.Lift!.Value, 12);
        // Dairy => Drinks: c2 bought both on the same day (not after), c6's Drinks on 04-30 is past its window (01-07 + 30 days):
        // nobody followed, so the pair is not listed
        Assert.DoesNotContain(result.Rows, r => r is { ItemA: "Dairy", ItemB: "Drinks" });
    }

    [Fact]
    public async Task The_page_reads_the_kept_result_and_a_top_keeps_the_count_of_every_pair()
    {
        using var world = new CrossSellWorld(withSegments: false);
        var query = world.Get<SequencesQuery>();
        var filter = new SequencesFilter { Days = 30, MinCustomers = 1, Limit = 1 };

        var all = query.Run(filter);
        Assert.True(all.Rows.Count > 1);
        Assert.Same(all, await query.RunPageAsync(filter, CancellationToken.None));   // few enough to keep: the one result

        // a list too long to keep is kept for the page as its first Limit pairs, still saying how many there are
        var top = all.Top(1);
        Assert.Equal([all.Rows[0]], top.Rows);
        Assert.Equal((all.Rows.Count, all.Rows.Count), (top.Pairs, all.Pairs));
        Assert.Same(all, all.Top(all.Rows.Count));
    }

    [Fact]
    public void A_window_longer_than_the_history_leaves_no_followable_customer()
    {
        using var world = new CrossSellWorld(withSegments: false);

        var result = world.Get<SequencesQuery>().Run(new SequencesFilter { Days = 200, MinCustomers = 1 });

        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Each_level_keeps_its_first_days_so_a_window_after_the_warm_up_only_counts()
    {
        using var world = new CrossSellWorld(withSegments: false);
        var query = world.Get<SequencesQuery>();
        var products = new SequencesFilter { Level = "product", MinCustomers = 1 };

        Assert.True(query.KeepFirsts(products));   // what the warm-up does after a load
        Assert.Equal(1, query.FirstDaysReads);

        var week = query.Run(products with { Days = 7 });
        var categories = query.Run(new SequencesFilter { MinCustomers = 1 });
        var quarter = query.Run(products with { Days = 90 });

        // the product windows counted from the kept days; the category level read once beside them, not in their place
        Assert.Equal(2, query.FirstDaysReads);
        Assert.Equal(query.ReadCounted(products with { Days = 7 }).Rows, week.Rows);
        Assert.Equal(query.ReadCounted(products with { Days = 90 }).Rows, quarter.Rows);
        Assert.Equal(query.ReadCounted(new SequencesFilter { MinCustomers = 1 }).Rows, categories.Rows);
        Assert.Contains(quarter.Rows, r => r is { ItemA: "Bread", ItemB: "Milk" });   // c2: Bread 01-02, Milk 01-20
        query.Run(products with { Days = 30 });
        Assert.Equal(2, query.FirstDaysReads);
    }
}
