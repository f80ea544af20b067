using Insights.Reports.Pages.CrossSell.Sequences;

namespace Insights.Tests.Reports.Pages.CrossSell.Sequences;

/// <summary><see cref="SequenceCounts"/> on first days solved by hand: ties, the window's last day and the last anchor day.</summary>
public sealed class SequenceCountsTests
{
    // items 0 = A, 1 = B, 2 = C; window 10 days; the last purchase day of all is 40, so an anchor's first day is at most 30
    //   c1: A 0, B 0 (same day), C 10 (last bought 40)   c2: B 5, A 12, C 23   c3: C 31   c4: A 30, B 35
    static SequenceCounts World()
    {
        var counts = new SequenceCounts(items: 3);
        counts.Add(1, 0, 0, 0);
        counts.Add(1, 1, 0, 0);
        counts.Add(1, 2, 10, 40);
        counts.Add(2, 1, 5, 5);
        counts.Add(2, 0, 12, 12);
        counts.Add(2, 2, 23, 23);
        counts.Add(3, 2, 31, 31);
        counts.Add(4, 0, 30, 30);
        counts.Add(4, 1, 35, 35);
        return counts;
    }

    [Fact]
    public void Pairs_count_followers_within_the_window_and_leave_out_who_had_b_by_a()
    {
        var pairs = World().Pairs(days: 10, minCustomers: 1);

        // anchors: A c1 c2 c4 (30 is the last anchor day), B c1 c2, C c1 c2 (c3's 31 is too late)
        // A => B: c1 had B the same day, c2 before; c4 followed on 35 -> 1 customer, 1 followed
        // A => C: c1 followed on 10 (the window's last day), c2's 23 is past 12 + 10 -> 3 customers, 1 followed
        // B => A: c1 had A the same day; c2 followed on 12 -> 1 customer, 1 followed
        // B => C: c1 followed on 10, c2's 23 is past 15 -> 2 customers, 1 followed; C => A and C => B: C came last
        // baseline, from a customer's first day (c1 0, c2 5, c4 30; c3 starts after 30): A had by c1 and c4, followed by c2
        // (12 <= 15) -> population 1, 1; B had by c1 and c2, followed by c4 (35 <= 40) -> 1, 1; C followed by c1 -> 3, 1
        Assert.Equal(
            [new PairCount(0, 1, 1, 1, 1, 1), new PairCount(0, 2, 3, 1, 3, 1), new PairCount(1, 0, 1, 1, 1, 1), new PairCount(1, 2, 2, 1, 3, 1)],
            pairs);
    }

    [Fact]
    public void The_floor_on_customers_keeps_the_pairs_with_enough_followable_buyers_of_a()
    {
        var pairs = World().Pairs(days: 10, minCustomers: 2);

        Assert.Equal([new PairCount(0, 2, 3, 1, 3, 1), new PairCount(1, 2, 2, 1, 3, 1)], pairs);
    }

    [Fact]
    public void The_same_rows_count_a_shorter_window_again()
    {
        var counts = World().Trimmed();
        counts.Pairs(days: 10, minCustomers: 1);

        var pairs = counts.Pairs(days: 5, minCustomers: 1);

        // 5 days: anchors up to day 35 (c4's B too), A by c1 c2 c4; only c4 follows (A 30 -> B 35); baseline from the
        // first days 0, 5, 31, 30: B had by c1 and c2, followed by c4 -> population 2, 1
        Assert.Equal([new PairCount(0, 1, 1, 1, 2, 1)], pairs);
        Assert.Equal(9, counts.Rows);
    }

    [Fact]
    public void No_rows_give_no_pairs_and_rows_out_of_order_are_refused()
    {
        Assert.Empty(new SequenceCounts(items: 3).Pairs(days: 10, minCustomers: 1));

        var counts = new SequenceCounts(items: 3);
        counts.Add(1, 0, 5, 5);
        Assert.Throws<ArgumentException>(() => counts.Add(1, 1, 4, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => counts.Add(2, 3, 4, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SequenceCounts(SequenceCounts.MaxItems + 1));
    }
}
