namespace Insights.Reports.Analytics;

/// <summary>
/// FP-growth (Han, Pei &amp; Yin 2000): every itemset contained in at least minCount baskets, exactly, from sparse baskets.
/// The baskets are compressed once into an FP-tree (<see cref="FpTree"/>); each item's conditional pattern base is mined
/// recursively into smaller conditional trees, and a tree that is a single path yields all combinations of its items at once.
/// </summary>
public static class FpGrowth
{
    /// <summary>
    /// Mines the frequent itemsets of <paramref name="baskets"/> with at least <paramref name="minCount"/> baskets and at most
    /// <paramref name="maxLength"/> items (arules' default maxlen is 10).
    /// </summary>
    /// <param name="baskets">The baskets.</param>
    /// <param name="minCount">Baskets an itemset must be in.</param>
    /// <param name="maxLength">Most items in an itemset.</param>
    /// <param name="maxItemsets">
    /// The budget: a support low enough to make every subset of every basket frequent grows the output exponentially (a page
    /// asking for support 0.0000001 mined for three minutes), so mining stops at this many itemsets.
    /// </param>
    /// <param name="ct">Checked as the itemsets are found, so a request that gives up stops the mining.</param>
    /// <exception cref="ItemsetBudgetExceededException">More than <paramref name="maxItemsets"/> itemsets are frequent.</exception>
    public static FrequentItemsets Mine(Baskets baskets, int minCount, int maxLength = 10, int maxItemsets = int.MaxValue,
        CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var itemCounts = new long[baskets.ItemNames.Count];
        for (var b = 0; b < baskets.ItemSets.Count; b++)
        {
            var weight = baskets.Weights[b];
            foreach (var item in baskets.ItemSets[b]) itemCounts[item] += weight;
        }
        var frequentCount = 0;
        foreach (var count in itemCounts) if (count >= minCount) frequentCount++;
        var frequent = new int[frequentCount];
        frequentCount = 0;
        for (var i = 0; i < itemCounts.Length; i++) if (itemCounts[i] >= minCount) frequent[frequentCount++] = i;
        var keys = new long[frequent.Length];
        for (var i = 0; i < frequent.Length; i++) keys[i] = RankKey(itemCounts[frequent[i]], frequent[i]);
        SortByKey(frequent, keys);
        var rankOf = new int[itemCounts.Length];
        Array.Fill(rankOf, -1);
        for (var r = 0; r < frequent.Length; r++) rankOf[frequent[r]] = r;

        var tree = new FpTree(capacity: 1024);
        tree.Reset(frequent.Length);
        frequent.CopyTo(tree.RankToItem, 0);
        var path = new int[frequent.Length];
        for (var b = 0; b < baskets.ItemSets.Count; b++)
        {
            var length = 0;
            foreach (var item in baskets.ItemSets[b])
                if (rankOf[item] >= 0) path[length++] = rankOf[item];
            if (length == 0) continue;
            var span = path.AsSpan(0, length);
            SortShort(span);
            tree.Insert(span, baskets.Weights[b]);
        }

        var miner = new Miner(minCount, maxLength, maxItemsets, frequent.Length, ct);
        miner.Mine(tree, 0);
        return new FrequentItemsets(miner.Output, baskets.Count, minCount);
    }

    // Items are ranked by count, largest first, ties by item ascending. Sorting (count descending, item) packed in a long
    // orders them so without a comparison delegate.
    static long RankKey(long count, int item) => ((int.MaxValue - count) << 32) | (uint)item;

    // paths and itemsets are a few items long: an insertion sort in place costs less than the library sort's calls through
    // its introsort (a tenth of Groceries' time went to those)
    static void SortShort(Span<int> items)
    {
        if (items.Length > 16)
        {
            items.Sort();
            return;
        }
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var j = i - 1;
            for (; j >= 0 && items[j] > item; j--) items[j + 1] = items[j];
            items[j + 1] = item;
        }
    }

    static void SortByKey(Span<int> items, Span<long> keys)
    {
        keys = keys[..items.Length];
        keys.Sort();
        for (var i = 0; i < items.Length; i++) items[i] = (int)(keys[i] & 0xFFFFFFFF);
    }

    // The mining state. Every buffer is allocated once per Mine call: the trees one per recursion depth (the tree of depth d is
    // being walked while that of d + 1 is built and mined), the scratch arrays once (a conditional tree is built in full before
    // the recursion reuses them). Groceries builds about 10,000 conditional trees; allocating each one's arrays cost more than
    // mining it.
    sealed class Miner(int minCount, int maxLength, int maxItemsets, int ranks, CancellationToken ct)
    {
        readonly int[] _prefix = new int[maxLength];
        readonly FpTree?[] _trees = new FpTree?[maxLength + 1];
        readonly int[] _counts = new int[ranks], _newRank = new int[ranks], _order = new int[ranks], _path = new int[ranks];
        readonly long[] _keys = new long[ranks];
        readonly (int Item, int Count)[] _single = new (int, int)[ranks];
        // the paths of the conditional base being built: their items (old ranks, leaf upwards) back to back, where each ends
        // and its count; grown as needed
        int[] _pathItems = new int[1024], _pathEnds = new int[256], _pathCounts = new int[256];

        public List<FrequentItemset> Output { get; } = [];

        public void Mine(FpTree tree, int prefixLength)
        {
            if (tree.IsSinglePath)
            {
                var length = 0;
                for (var node = tree.FirstChild(0); node != -1; node = tree.FirstChild(node))
                    if (tree.Count(node) >= minCount) _single[length++] = (tree.RankToItem[tree.Item(node)], tree.Count(node));
                Combinations(_single.AsSpan(0, length), 0, prefixLength);
                return;
            }
            for (var rank = tree.Ranks - 1; rank >= 0; rank--)
            {
                if (tree.Support(rank) < minCount) continue;
                _prefix[prefixLength] = tree.RankToItem[rank];
                Emit(prefixLength + 1, tree.Support(rank));
                if (prefixLength + 1 < maxLength && Conditional(tree, rank, prefixLength + 1) is { } conditional)
                    Mine(conditional, prefixLength + 1);
            }
        }

        // the tree of the baskets holding `rank`, restricted to the items before it that stay frequent there; ranked by their
        // count there (largest first, ties by the rank before), so the tree stays small and the itemsets come out in one order
        FpTree? Conditional(FpTree tree, int rank, int depth)
        {
            if (rank == 0) return null;
            var counts = _counts.AsSpan(0, rank);
            counts.Clear();
            // walk each path up once (the walk is the costly part: nodes scattered over the tree), counting its items and
            // keeping them for the build below
            var paths = 0;
            var stored = 0;
            var links = tree.Links;
            var nodes = tree.Nodes;
            for (var node = tree.Head(rank); node != -1; node = nodes[node].NextSame)
            {
                var c = nodes[node].Count;
                var start = stored;
                // a path above a node of this rank holds fewer than `rank` items (ranks ascend downwards)
                if (stored + rank > _pathItems.Length) Array.Resize(ref _pathItems, Math.Max(_pathItems.Length * 2, stored + rank));
                var pathItems = _pathItems;
                for (var p = links[node].Parent; p != 0;)
                {
                    ref readonly var link = ref links[p];
                    counts[link.Item] += c;
                    pathItems[stored++] = link.Item;
                    p = link.Parent;
                }
                if (stored == start) continue;
                if (paths == _pathEnds.Length)
                {
                    Array.Resize(ref _pathEnds, paths * 2);
                    Array.Resize(ref _pathCounts, paths * 2);
                }
                _pathEnds[paths] = stored;
                _pathCounts[paths++] = c;
            }
            var kept = 0;
            for (var r = 0; r < rank; r++) if (counts[r] >= minCount) _order[kept++] = r;
            if (kept == 0) return null;
            if (kept == 1)
            {
                // a tree of one node is one itemset: emitted here, as mining that tree would, without building it
                _prefix[depth] = tree.RankToItem[_order[0]];
                Emit(depth + 1, counts[_order[0]]);
                return null;
            }
            if (paths == 1)
            {
                // one path: its conditional tree would be that path alone, every node counted the path's count, its items in rank
                // order (equal counts keep the order of the ranks before); mined as the single path it is, without building it
                for (var i = 0; i < kept; i++) _single[i] = (tree.RankToItem[_order[i]], _pathCounts[0]);
                Combinations(_single.AsSpan(0, kept), 0, depth);
                return null;
            }
            for (var i = 0; i < kept; i++) _keys[i] = RankKey(counts[_order[i]], _order[i]);
            SortByKey(_order.AsSpan(0, kept), _keys);
            var newRank = _newRank.AsSpan(0, rank);
            newRank.Fill(-1);
            var conditional = _trees[depth] ??= new FpTree();
            conditional.Reset(kept);
            for (var r = 0; r < kept; r++)
            {
                newRank[_order[r]] = r;
                conditional.RankToItem[r] = tree.RankToItem[_order[r]];
            }
            var items = _pathItems;
            var ends = _pathEnds;
            var scratch = _path;
            for (int path = 0, start = 0; path < paths; start = ends[path++])
            {
                // each path was kept leaf upwards (ranks descending): read root downwards, its new ranks come nearly in order,
                // the insertion sort's best case
                var length = 0;
                for (var i = ends[path] - 1; i >= start; i--)
                {
                    var r = newRank[items[i]];
                    if (r >= 0) scratch[length++] = r;
                }
                if (length == 0) continue;
                var span = scratch.AsSpan(0, length);
                SortShort(span);
                conditional.Insert(span, _pathCounts[path]);
            }
            return conditional;
        }

        // a single path: every combination of its items is frequent, counted at its deepest chosen node (counts shrink downwards)
        void Combinations(ReadOnlySpan<(int Item, int Count)> path, int start, int prefixLength)
        {
            for (var i = start; i < path.Length; i++)
            {
                _prefix[prefixLength] = path[i].Item;
                Emit(prefixLength + 1, path[i].Count);
                if (prefixLength + 1 < maxLength) Combinations(path, i + 1, prefixLength + 1);
            }
        }

        void Emit(int length, int count)
        {
            if (Output.Count >= maxItemsets) throw new ItemsetBudgetExceededException(maxItemsets);
            if ((Output.Count & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
            var items = _prefix.AsSpan(0, length).ToArray();
            SortShort(items);
            Output.Add(new FrequentItemset(items, count));
        }
    }
}
