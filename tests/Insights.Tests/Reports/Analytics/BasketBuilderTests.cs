using Insights.Reports.Analytics;

namespace Insights.Tests.Reports.Analytics;

/// <summary>Order lines in any order grouped into baskets: by hand, and against a plain grouping of shuffled lines.</summary>
public sealed class BasketBuilderTests
{
    static List<(string Items, int Weight)> Canonical(Baskets baskets) =>
        baskets.ItemSets.Select((set, i) => (string.Join(",", set), baskets.Weights[i])).Order().ToList();

    [Fact]
    public void Lines_out_of_order_split_and_repeated_give_each_orders_set_once_with_identical_baskets_counted()
    {
        // order 10: items 2, 0, 2 (2 twice), its lines split around order 30's; order 5 comes after 30 (out of ascending order)
        // and again later; order 20 holds {0, 2} like order 10; order 7 first appears after 5, between ascending ids
        (long Order, int Item)[] lines =
        [
            (10, 2), (10, 0), (30, 1), (10, 2), (5, 1), (5, 3), (20, 2), (20, 0), (30, 1), (7, 3), (5, 1), (7, 1),
        ];
        var builder = new BasketBuilder();
        foreach (var (order, item) in lines) builder.Add(order, item);

        var baskets = builder.Build(["a", "b", "c", "d"]);

        // 10 {0,2}, 20 {0,2}, 30 {1}, 5 {1,3}, 7 {1,3}: five baskets, three distinct sets
        Assert.Equal(5, baskets.Count);
        Assert.Equal([("0,2", 2), ("1", 1), ("1,3", 2)], Canonical(baskets));
    }

    [Fact]
    public void Shuffled_lines_group_exactly_as_a_plain_group_by_order()
    {
        var random = new Random(20261205);
        var lines = new List<(long Order, int Item)>();
        for (var order = 0; order < 3000; order++)
        {
            var id = 1_000_000_000_000L + order * 1000L + random.Next(1000);   // sparse ids, not dense, each order its own
            for (var line = random.Next(1, 6); line > 0; line--) lines.Add((id, random.Next(0, 12)));
        }
        // keep most runs together (as a table scan gives them) but move a tenth of the lines anywhere
        for (var i = 0; i < lines.Count / 10; i++)
        {
            var (a, b) = (random.Next(lines.Count), random.Next(lines.Count));
            (lines[a], lines[b]) = (lines[b], lines[a]);
        }
        var builder = new BasketBuilder();
        foreach (var (order, item) in lines) builder.Add(order, item);

        var baskets = builder.Build(Enumerable.Range(0, 12).Select(i => $"item {i}").ToArray());

        var expected = lines.GroupBy(l => l.Order).Select(g => string.Join(",", g.Select(l => l.Item).Distinct().Order()))
            .GroupBy(set => set).Select(g => (g.Key, g.Count())).Order().ToList();
        Assert.Equal(3000, baskets.Count);
        Assert.Equal(expected, Canonical(baskets));
    }

    [Fact]
    public void Sorted_rows_group_the_same_without_memory_per_order_and_unsorted_ones_are_refused()
    {
        (long Order, int Item)[] lines = [(1, 2), (1, 0), (1, 2), (4, 1), (9, 0), (9, 2), (12, 1)];
        var sorted = new BasketBuilder(sortedByOrder: true);
        var any = new BasketBuilder();
        foreach (var (order, item) in lines)
        {
            sorted.Add(order, item);
            any.Add(order, item);
        }

        // 1 {0,2}, 4 {1}, 9 {0,2}, 12 {1}
        Assert.Equal([("0,2", 2), ("1", 2)], Canonical(sorted.Build(["a", "b", "c"])));
        Assert.Equal(Canonical(any.Build(["a", "b", "c"])), Canonical(sorted.Build(["a", "b", "c"])));
        Assert.Throws<InvalidOperationException>(() =>
        {
            var unsorted = new BasketBuilder(sortedByOrder: true);
            unsorted.Add(5, 0);
            unsorted.Add(3, 1);
            unsorted.Add(5, 2);
            unsorted.Build(["a", "b", "c"]);
        });
    }

    [Fact]
    public void No_lines_give_no_baskets_and_an_item_without_a_name_is_refused()
    {
        Assert.Equal(0, new BasketBuilder().Build(["a"]).Count);
        var builder = new BasketBuilder();
        builder.Add(1, 3);
        Assert.Throws<ArgumentException>(() => builder.Build(["a", "b"]));
    }

    [Fact]
    public void Pruned_baskets_keep_the_items_that_reach_the_threshold_and_count_every_items_orders()
    {
        // o1 {a,b}, o2 {a} (a twice), o3 {c}, o4 {a,b,c}, o5 {d}: a in 3 orders, b 2, c 2, d 1; at 2 baskets d cannot matter
        (long Order, int Item)[] lines = [(1, 0), (1, 1), (2, 0), (2, 0), (3, 2), (4, 2), (4, 0), (4, 1), (5, 3)];
        var seen = new List<int>();
        var builder = new BasketBuilder(sortedByOrder: true, minCountOf: n => { seen.Add(n); return 2; });
        foreach (var (order, item) in lines) builder.Add(order, item);

        var baskets = builder.Build(["a", "b", "c", "d"]);

        Assert.Equal([5], seen);   // the threshold asked once, with the number of orders
        Assert.Equal(5, baskets.Count);   // o5 is still a basket: an empty one
        Assert.Equal([("", 1), ("0", 1), ("0,1", 1), ("0,1,2", 1), ("2", 1)], Canonical(baskets));
        Assert.Equal([3, 2, 2, 1], builder.ItemOrders);
        Assert.Throws<ArgumentException>(() => new BasketBuilder(sortedByOrder: false, minCountOf: _ => 2));
    }

    [Theory]
    [InlineData(30, 60)]
    [InlineData(3, 300)]
    public void Orders_counted_in_all_without_their_rows_are_the_baskets_of_items_that_cannot_reach_the_threshold(int minCount, int items)
    {
        // the lines of the items that can reach the threshold only (as BasketQuery reads them from the orders per day), and the
        // number of orders in all: the baskets of every line
        var random = new Random(minCount + items);
        var lines = new List<(long Order, int Item)>();
        for (var order = 0; order < 3000; order++)
            for (var line = random.Next(1, 6); line > 0; line--)
                lines.Add((order, (int)Math.Min(items - 1, Math.Floor(-Math.Log(1 - random.NextDouble()) * items / 5))));
        var names = Enumerable.Range(0, items).Select(i => "i" + i).ToArray();
        var whole = new BasketBuilder(sortedByOrder: true, minCountOf: _ => minCount);
        foreach (var (order, item) in lines) whole.Add(order, item);
        var wholeBaskets = whole.Build(names);
        var unread = whole.ItemOrders.Select((orders, item) => (orders, item)).Where(x => x.orders > 0 && x.orders < minCount).Select(x => x.item).ToHashSet();
        var read = new BasketBuilder(sortedByOrder: true, minCountOf: _ => minCount);
        foreach (var (order, item) in lines.Where(l => !unread.Contains(l.Item))) read.Add(order, item);
        read.CountAllOrders(3000);

        var readBaskets = read.Build(names);

        Assert.NotEmpty(unread);
        Assert.Equal(items > 64, whole.ItemOrders.Count(o => o >= minCount) > 64);   // masks, or item lists
        Assert.True(lines.GroupBy(l => l.Order).Count(g => g.All(l => unread.Contains(l.Item))) > 0);   // some orders not added at all
        Assert.Equal(3000, readBaskets.Count);
        Assert.Equal(Canonical(wholeBaskets), Canonical(readBaskets));
        Assert.All(Enumerable.Range(0, items), i => Assert.Equal(unread.Contains(i) ? 0 : whole.ItemOrders[i], read.ItemOrders[i]));
        var tooFew = new BasketBuilder(sortedByOrder: true, minCountOf: _ => minCount);
        foreach (var (order, item) in lines) tooFew.Add(order, item);
        tooFew.CountAllOrders(2999);
        Assert.Throws<InvalidOperationException>(() => tooFew.Build(names));
        Assert.Throws<InvalidOperationException>(() => new BasketBuilder(sortedByOrder: true).CountAllOrders(1));
    }

    // up to 64 items that reach the threshold are grouped as bit masks, more as item lists: both ways
    [Theory]
    [InlineData(2, 60)]
    [InlineData(40, 60)]
    [InlineData(300, 60)]
    [InlineData(2, 100)]
    [InlineData(20, 100)]
    [InlineData(200, 100)]
    public void Pruned_baskets_mine_the_same_itemsets_as_whole_ones(int minCount, int items)
    {
        var random = new Random(minCount * items);
        var lines = new List<(long Order, int Item)>();
        for (var order = 0; order < 4000; order++)
            for (var line = random.Next(1, 7); line > 0; line--)   // a long tail of rare items
                lines.Add((order, (int)Math.Min(items - 1, Math.Floor(-Math.Log(1 - random.NextDouble()) * items / 5))));
        var names = Enumerable.Range(0, items).Select(i => "i" + i).ToArray();
        var whole = new BasketBuilder(sortedByOrder: true);
        var pruned = new BasketBuilder(sortedByOrder: true, minCountOf: _ => minCount);
        foreach (var (order, item) in lines)
        {
            whole.Add(order, item);
            pruned.Add(order, item);
        }
        var wholeBaskets = whole.Build(names);
        var prunedBaskets = pruned.Build(names);

        static List<string> Itemsets(Baskets baskets, int minCount) =>
            FpGrowth.Mine(baskets, minCount).Itemsets.Select(s => string.Join(",", s.Items.Order()) + "×" + s.Count).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(wholeBaskets.Count, prunedBaskets.Count);
        Assert.True(prunedBaskets.ItemSets.Count <= wholeBaskets.ItemSets.Count);
        var expected = Itemsets(wholeBaskets, minCount);
        Assert.Equal(items > 64 && minCount < 100, pruned.ItemOrders.Count(o => o >= minCount) > 64);   // which way was taken
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Itemsets(prunedBaskets, minCount));
        var orders = new int[names.Length];
        for (var b = 0; b < wholeBaskets.ItemSets.Count; b++)
            foreach (var item in wholeBaskets.ItemSets[b]) orders[item] += wholeBaskets.Weights[b];
        Assert.Equal(orders, pruned.ItemOrders);
    }
}
