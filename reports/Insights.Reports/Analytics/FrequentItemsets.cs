namespace Insights.Reports.Analytics;

/// <summary>A frequent itemset: item ids in ascending order and the number of baskets holding all of them.</summary>
public sealed record FrequentItemset(int[] Items, int Count);

/// <summary>The frequent itemsets of a set of baskets, with a lookup of any itemset's count (for rule generation).</summary>
public sealed class FrequentItemsets
{
    // Open addressing over the itemsets: slot -> index + 1 of the itemset (0: empty), with each slot's hash beside it so a probe
    // rejects most others without reading their items. Rule generation looks up two subsets per candidate rule; a
    // Dictionary keyed by arrays made it allocate both subsets and hash them through HashCode, most of its time on Groceries.
    readonly FrequentItemset[] _sets;
    readonly int[] _slots, _slotHashes;
    readonly int _mask;
    // the count of each one-item itemset by its item (0: not frequent): every rule of one consequent looks one up
    readonly int[] _singles;

    /// <summary>Wraps mined itemsets (each item array ascending).</summary>
    public FrequentItemsets(IReadOnlyList<FrequentItemset> itemsets, int basketCount, int minCount)
    {
        Itemsets = itemsets;
        BasketCount = basketCount;
        MinCount = minCount;
        _sets = [.. itemsets];
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, _sets.Length * 2));
        _slots = new int[size];
        _slotHashes = new int[size];
        _mask = size - 1;
        var largest = -1;
        foreach (var set in _sets) if (set.Items is [var single]) largest = Math.Max(largest, single);
        _singles = new int[largest + 1];
        for (var i = 0; i < _sets.Length; i++)
        {
            var items = _sets[i].Items;
            if (items is [var one] && one >= 0) _singles[one] = _sets[i].Count;
            var hash = Hash(items);
            var slot = hash & _mask;
            // an itemset given twice keeps its last count, as a dictionary's indexer would
            while (_slots[slot] != 0 && !(_slotHashes[slot] == hash && _sets[_slots[slot] - 1].Items.AsSpan().SequenceEqual(items)))
                slot = (slot + 1) & _mask;
            _slots[slot] = i + 1;
            _slotHashes[slot] = hash;
        }
    }

    /// <summary>Every frequent itemset.</summary>
    public IReadOnlyList<FrequentItemset> Itemsets { get; }

    /// <summary>Number of baskets mined.</summary>
    public int BasketCount { get; }

    /// <summary>The minimum count an itemset needed.</summary>
    public int MinCount { get; }

    /// <summary>Count of an itemset (ascending item ids), or 0 when it is not frequent.</summary>
    public int CountOf(ReadOnlySpan<int> sortedItems)
    {
        if (sortedItems.Length == 1 && (uint)sortedItems[0] < (uint)_singles.Length) return _singles[sortedItems[0]];
        var hash = Hash(sortedItems);
        for (var slot = hash & _mask; _slots[slot] != 0; slot = (slot + 1) & _mask)
            if (_slotHashes[slot] == hash && _sets[_slots[slot] - 1].Items.AsSpan().SequenceEqual(sortedItems))
                return _sets[_slots[slot] - 1].Count;
        return 0;
    }

    // a multiplicative mix per item (Fibonacci hashing), the high bits taken: neighbouring item ids spread over the table
    static int Hash(ReadOnlySpan<int> items)
    {
        var hash = (ulong)items.Length;
        foreach (var item in items) hash = (hash ^ (uint)item) * 0x9E3779B97F4A7C15;
        return (int)(hash >> 33);
    }
}
