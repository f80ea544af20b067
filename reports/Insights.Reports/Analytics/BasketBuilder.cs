namespace Insights.Reports.Analytics;

/// <summary>
/// Groups (order id, item id) rows in any order into <see cref="Baskets"/>: each order's distinct items, identical baskets
/// once with a count. The rows need not be sorted: asking DuckDB to sort 20 M order lines by order took most of the reading
/// time at SF10 (and spilled), where reading them unsorted and grouping here takes a small part of it.
/// </summary>
/// <remarks>
/// Rows come from a table scan, so an order's lines mostly arrive together and order ids mostly ascend: consecutive rows of
/// one order are kept as one run, and the ids of orders first seen in ascending order sit in a sorted array (found again by
/// binary search); only an order first seen out of that order goes into a dictionary. When every run is a new order (the
/// scan gave each order's lines together, in ascending order), the runs are the baskets as they stand; otherwise a counting
/// sort puts each order's runs side by side. Memory: an int per row (two when regrouped) and about 16 bytes per run, none per
/// row for the order id.
/// </remarks>
public sealed class BasketBuilder
{
    long[] _ascendingIds = new long[1024];
    int _ascendingCount;
    Dictionary<long, int>? _otherIds;
    int[] _runOrder = new int[1024], _runStart = new int[1024];
    int _runCount;
    int[] _items = new int[4096];
    int _itemCount;
    long _currentId;
    // false while every run has been a new order with a larger id than all before: then the runs are the orders, in place
    bool _regrouped;

    /// <summary>Adds one row: an item of an order (an item twice in one order counts once).</summary>
    public void Add(long orderId, int item)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(item);
        if (_runCount == 0 || orderId != _currentId) StartRun(orderId);
        if (_itemCount == _items.Length) Array.Resize(ref _items, checked(_items.Length * 2));
        _items[_itemCount++] = item;
    }

    void StartRun(long orderId)
    {
        if (_runCount == _runOrder.Length)
        {
            Array.Resize(ref _runOrder, checked(_runOrder.Length * 2));
            Array.Resize(ref _runStart, _runOrder.Length);
        }
        _runOrder[_runCount] = OrderIndex(orderId);
        _runStart[_runCount++] = _itemCount;
        _currentId = orderId;
    }

    // an order's index: its place among the ascending ids, or -(k + 1) for the k-th order seen out of that order (renumbered
    // after the ascending ones in Build, once their number is known)
    int OrderIndex(long orderId)
    {
        if (_ascendingCount == 0 || orderId > _ascendingIds[_ascendingCount - 1])
        {
            if (_ascendingCount == _ascendingIds.Length) Array.Resize(ref _ascendingIds, checked(_ascendingIds.Length * 2));
            _ascendingIds[_ascendingCount] = orderId;
            return _ascendingCount++;
        }
        _regrouped = true;
        var found = Array.BinarySearch(_ascendingIds, 0, _ascendingCount, orderId);
        if (found >= 0) return found;
        _otherIds ??= [];
        if (!_otherIds.TryGetValue(orderId, out var other)) _otherIds[orderId] = other = -(_otherIds.Count + 1);
        return other;
    }

    /// <summary>The baskets of every order added, over items named <paramref name="itemNames"/> (ids index it).</summary>
    public Baskets Build(IReadOnlyList<string> itemNames, CancellationToken ct = default)
    {
        var orders = _ascendingCount + (_otherIds?.Count ?? 0);
        var (starts, byOrder) = _regrouped ? Regroup(orders) : (RunStarts(), _items);
        _items = _runOrder = _runStart = [];
        ct.ThrowIfCancellationRequested();

        var distinct = new DistinctBaskets(byOrder);
        for (var o = 0; o < orders; o++)
        {
            if ((o & 0xFFFF) == 0) ct.ThrowIfCancellationRequested();
            var span = byOrder.AsSpan(starts[o], starts[o + 1] - starts[o]);
            span.Sort();
            var length = 1;
            for (var i = 1; i < span.Length; i++) if (span[i] != span[length - 1]) span[length++] = span[i];
            distinct.Add(starts[o], length);
        }
        foreach (var set in distinct.Sets)
            foreach (var item in set)
                if (item >= itemNames.Count) throw new ArgumentException($"Item id {item} has no name ({itemNames.Count} names).", nameof(itemNames));
        return new Baskets(itemNames, distinct.Sets, distinct.Weights);
    }

    int[] RunStarts()
    {
        var starts = new int[_runCount + 1];
        _runStart.AsSpan(0, _runCount).CopyTo(starts);
        starts[_runCount] = _itemCount;
        return starts;
    }

    // each order's items side by side: a counting sort of the runs by order
    (int[] Starts, int[] Items) Regroup(int orders)
    {
        var starts = new int[orders + 1];
        for (var r = 0; r < _runCount; r++) starts[Index(_runOrder[r]) + 1] += RunEnd(r) - _runStart[r];
        for (var o = 0; o < orders; o++) starts[o + 1] += starts[o];
        var byOrder = new int[_itemCount];
        var next = starts[..orders];
        for (var r = 0; r < _runCount; r++)
        {
            var o = Index(_runOrder[r]);
            var length = RunEnd(r) - _runStart[r];
            _items.AsSpan(_runStart[r], length).CopyTo(byOrder.AsSpan(next[o], length));
            next[o] += length;
        }
        return (starts, byOrder);
    }

    int Index(int orderIndex) => orderIndex >= 0 ? orderIndex : _ascendingCount - orderIndex - 1;

    int RunEnd(int run) => run + 1 < _runCount ? _runStart[run + 1] : _itemCount;

    // identical baskets once: open addressing over the distinct baskets' spans in the items array (slot -> index + 1), with
    // each slot's hash beside it; a basket becomes an array only when it is new
    sealed class DistinctBaskets(int[] items)
    {
        readonly List<(int Start, int Length)> _spans = [];
        int[] _slots = new int[1024], _hashes = new int[1024];

        public List<int[]> Sets { get; } = [];

        public List<int> Weights { get; } = [];

        public void Add(int start, int length)
        {
            var basket = items.AsSpan(start, length);
            var hash = Hash(basket);
            var mask = _slots.Length - 1;
            var slot = hash & mask;
            for (; _slots[slot] != 0; slot = (slot + 1) & mask)
            {
                var known = _slots[slot] - 1;
                if (_hashes[slot] == hash && items.AsSpan(_spans[known].Start, _spans[known].Length).SequenceEqual(basket))
                {
                    Weights[known]++;
                    return;
                }
            }
            _slots[slot] = Sets.Count + 1;
            _hashes[slot] = hash;
            _spans.Add((start, length));
            Sets.Add(basket.ToArray());
            Weights.Add(1);
            if (Sets.Count * 2 > _slots.Length) Grow();
        }

        void Grow()
        {
            var slots = new int[_slots.Length * 2];
            var hashes = new int[slots.Length];
            var mask = slots.Length - 1;
            for (var s = 0; s < _slots.Length; s++)
            {
                if (_slots[s] == 0) continue;
                var slot = _hashes[s] & mask;
                while (slots[slot] != 0) slot = (slot + 1) & mask;
                slots[slot] = _slots[s];
                hashes[slot] = _hashes[s];
            }
            _slots = slots;
            _hashes = hashes;
        }

        static int Hash(ReadOnlySpan<int> items)
        {
            var hash = (ulong)items.Length;
            foreach (var item in items) hash = (hash ^ (uint)item) * 0x9E3779B97F4A7C15;
            return (int)(hash >> 33);
        }
    }
}
