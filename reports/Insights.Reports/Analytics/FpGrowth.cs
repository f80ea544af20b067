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
            foreach (var item in baskets.ItemSets[b]) itemCounts[item] += baskets.Weights[b];
        var frequent = Enumerable.Range(0, itemCounts.Length).Where(i => itemCounts[i] >= minCount)
            .OrderByDescending(i => itemCounts[i]).ThenBy(i => i).ToArray();
        var rankOf = new int[itemCounts.Length];
        Array.Fill(rankOf, -1);
        for (var r = 0; r < frequent.Length; r++) rankOf[frequent[r]] = r;

        var tree = new FpTree(frequent, capacity: 1024);
        var path = new int[frequent.Length];
        for (var b = 0; b < baskets.ItemSets.Count; b++)
        {
            var length = 0;
            foreach (var item in baskets.ItemSets[b])
                if (rankOf[item] >= 0) path[length++] = rankOf[item];
            if (length == 0) continue;
            var span = path.AsSpan(0, length);
            span.Sort();
            tree.Insert(span, baskets.Weights[b]);
        }

        var miner = new Miner(minCount, maxLength, maxItemsets, ct);
        miner.Mine(tree, 0);
        return new FrequentItemsets(miner.Output, baskets.Count, minCount);
    }

    sealed class Miner(int minCount, int maxLength, int maxItemsets, CancellationToken ct)
    {
        readonly int[] _prefix = new int[maxLength];

        public List<FrequentItemset> Output { get; } = [];

        public void Mine(FpTree tree, int prefixLength)
        {
            if (tree.IsSinglePath)
            {
                var items = new List<(int Item, int Count)>();
                for (var node = tree.FirstChild(0); node != -1; node = tree.FirstChild(node))
                    if (tree.Count(node) >= minCount) items.Add((tree.RankToItem[tree.Item(node)], tree.Count(node)));
                Combinations(items, 0, prefixLength);
                return;
            }
            for (var rank = tree.RankToItem.Length - 1; rank >= 0; rank--)
            {
                if (tree.Support[rank] < minCount) continue;
                _prefix[prefixLength] = tree.RankToItem[rank];
                Emit(prefixLength + 1, tree.Support[rank]);
                if (prefixLength + 1 < maxLength && Conditional(tree, rank) is { } conditional)
                    Mine(conditional, prefixLength + 1);
            }
        }

        // the tree of the baskets holding `rank`, restricted to the items before it that stay frequent there
        FpTree? Conditional(FpTree tree, int rank)
        {
            if (rank == 0) return null;
            var counts = new int[rank];
            for (var node = tree.Head[rank]; node != -1; node = tree.NextSame(node))
            {
                var c = tree.Count(node);
                for (var p = tree.Parent(node); p != 0; p = tree.Parent(p)) counts[tree.Item(p)] += c;
            }
            var kept = 0;
            for (var r = 0; r < rank; r++) if (counts[r] >= minCount) kept++;
            if (kept == 0) return null;
            var order = new int[kept];
            kept = 0;
            for (var r = 0; r < rank; r++) if (counts[r] >= minCount) order[kept++] = r;
            Array.Sort(order, (a, b) => counts[a] != counts[b] ? counts[b].CompareTo(counts[a]) : a.CompareTo(b));
            var newRank = new int[rank];
            Array.Fill(newRank, -1);
            var rankToItem = new int[kept];
            for (var r = 0; r < kept; r++)
            {
                newRank[order[r]] = r;
                rankToItem[r] = tree.RankToItem[order[r]];
            }
            var conditional = new FpTree(rankToItem);
            var path = new int[kept];
            for (var node = tree.Head[rank]; node != -1; node = tree.NextSame(node))
            {
                var length = 0;
                for (var p = tree.Parent(node); p != 0; p = tree.Parent(p))
                    if (newRank[tree.Item(p)] >= 0) path[length++] = newRank[tree.Item(p)];
                if (length == 0) continue;
                var span = path.AsSpan(0, length);
                span.Sort();
                conditional.Insert(span, tree.Count(node));
            }
            return conditional;
        }

        // a single path: every combination of its items is frequent, counted at its deepest chosen node (counts shrink downwards)
        void Combinations(List<(int Item, int Count)> path, int start, int prefixLength)
        {
            for (var i = start; i < path.Count; i++)
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
            Array.Sort(items);
            Output.Add(new FrequentItemset(items, count));
        }
    }
}
