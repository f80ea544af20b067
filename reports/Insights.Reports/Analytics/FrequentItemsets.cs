namespace Insights.Reports.Analytics;

/// <summary>A frequent itemset: item ids in ascending order and the number of baskets holding all of them.</summary>
public sealed record FrequentItemset(int[] Items, int Count);

/// <summary>The frequent itemsets of a set of baskets, with a lookup of any itemset's count (for rule generation).</summary>
public sealed class FrequentItemsets
{
    readonly Dictionary<ItemsetKey, int> _counts;

    /// <summary>Wraps mined itemsets (each item array ascending).</summary>
    public FrequentItemsets(IReadOnlyList<FrequentItemset> itemsets, int basketCount, int minCount)
    {
        Itemsets = itemsets;
        BasketCount = basketCount;
        MinCount = minCount;
        _counts = new Dictionary<ItemsetKey, int>(itemsets.Count);
        foreach (var set in itemsets) _counts[new ItemsetKey(set.Items)] = set.Count;
    }

    /// <summary>Every frequent itemset.</summary>
    public IReadOnlyList<FrequentItemset> Itemsets { get; }

    /// <summary>Number of baskets mined.</summary>
    public int BasketCount { get; }

    /// <summary>The minimum count an itemset needed.</summary>
    public int MinCount { get; }

    /// <summary>Count of an itemset (ascending item ids), or 0 when it is not frequent.</summary>
    public int CountOf(int[] sortedItems) => _counts.GetValueOrDefault(new ItemsetKey(sortedItems));

    readonly struct ItemsetKey : IEquatable<ItemsetKey>
    {
        readonly int[] _items;
        readonly int _hash;

        public ItemsetKey(int[] items)
        {
            _items = items;
            var hash = new HashCode();
            foreach (var i in items) hash.Add(i);
            _hash = hash.ToHashCode();
        }

        public bool Equals(ItemsetKey other) => _hash == other._hash && _items.AsSpan().SequenceEqual(other._items);

        public override bool Equals(object? obj) => obj is ItemsetKey other && Equals(other);

        public override int GetHashCode() => _hash;
    }
}
