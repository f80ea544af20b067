namespace Insights.Reports.Analytics;

/// <summary>
/// Groups (order id, item id) rows into <see cref="Baskets"/>: each order's distinct items, identical baskets once with a
/// count. Rows sorted by order (as BasketQuery reads them, <paramref name="sortedByOrder"/>) are grouped as they stream,
/// holding nothing per row or per order; rows in any other order give the same baskets, at more cost.
/// </summary>
/// <param name="sortedByOrder">
/// The rows come sorted by order id: nothing is kept per order (at SF10 that saved 170-230 MB of the read's peak), and a row
/// out of that order is refused (<see cref="InvalidOperationException"/>).
/// </param>
/// <remarks>
/// Consecutive rows of one order are a run, counted as a basket as soon as the run ends; each order remembers which distinct
/// basket it is. An order seen again later (its lines split) has its basket replaced by the union of both. Orders first seen
/// in ascending id order sit in a sorted array (found again by binary search); only an order first seen out of that order
/// goes into a dictionary. Memory: about 12 bytes per order (none when sorted) and the distinct baskets. The grouping the page used before (a
/// LINQ distinct-and-sort and a HashCode dictionary key per order) took about two thirds of the SF10 product read's CPU.
/// </remarks>
/// <param name="minCountOf">
/// With rows sorted by order only: the fewest baskets an item must be in to matter, given the number of baskets (the rules'
/// support threshold). Each order's items are then kept as they come (4 bytes an item) and counted per item, and
/// <see cref="Build"/> groups the baskets over the items in at least that many: an item in fewer can be in no frequent
/// itemset, so FP-growth finds the same itemsets, and the baskets without such an item are one empty basket with their
/// count. At SF10's product level a year's 2.9 M orders were 1.5 M distinct baskets to group (most of the read's 2.2 s);
/// over the 27 items frequent at a support of 0.02 they are 24 k. <see cref="ItemOrders"/> then holds every item's orders.
/// </param>
public sealed class BasketBuilder(bool sortedByOrder = false, Func<int, int>? minCountOf = null)
{
    long[] _ascendingIds = sortedByOrder ? [] : new long[1024];
    int[] _ascendingBaskets = sortedByOrder ? [] : new int[1024];
    long? _lastId;
    int _ascendingCount;
    Dictionary<long, int>? _otherBaskets;
    readonly DistinctBaskets _distinct = new();
    int[] _run = new int[64], _merged = new int[64];
    int _runLength;
    long _currentId;
    readonly bool _prunes = minCountOf is null ? false
        : sortedByOrder ? true : throw new ArgumentException("Items are pruned only from rows sorted by order.", nameof(minCountOf));
    int[] _keptItems = minCountOf is null ? [] : new int[1024];
    int _keptLength;
    readonly List<int> _runEnds = [];
    int[] _itemOrders = minCountOf is null ? [] : new int[64];
    int _allOrders = -1;

    /// <summary>With <c>minCountOf</c>: how many orders hold each item id (every item, pruned or not), once built; else empty.</summary>
    public IReadOnlyList<int> ItemOrders => _itemOrders;

    /// <summary>
    /// With <c>minCountOf</c>: the number of orders in all, when the rows of some are not added because none of their items can
    /// reach the threshold (BasketQuery knows how many orders there are from the load's orders per day, and reads only the
    /// lines of the items that can). The orders not added count in the number the threshold is taken from, and are one empty
    /// basket, as an added order without such an item is. <see cref="Build"/> refuses more orders added than this.
    /// </summary>
    public void CountAllOrders(int orders)
    {
        if (!_prunes) throw new InvalidOperationException("Orders without rows are counted only when items are pruned (minCountOf).");
        ArgumentOutOfRangeException.ThrowIfNegative(orders);
        _allOrders = orders;
    }

    /// <summary>Adds one row: an item of an order (an item twice in one order counts once).</summary>
    public void Add(long orderId, int item)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(item);
        if (_runLength > 0 && orderId != _currentId) FinishRun();
        _currentId = orderId;
        if (_runLength == _run.Length) Array.Resize(ref _run, _run.Length * 2);
        _run[_runLength++] = item;
    }

    /// <summary>The baskets of every order added, over items named <paramref name="itemNames"/> (ids index it).</summary>
    public Baskets Build(IReadOnlyList<string> itemNames, CancellationToken ct = default)
    {
        if (_runLength > 0) FinishRun();
        ct.ThrowIfCancellationRequested();
        if (_prunes) GroupKeptRuns(itemNames.Count, ct);
        var sets = new List<int[]>();
        var weights = new List<int>();
        for (var b = 0; b < _distinct.Sets.Count; b++)
        {
            // a basket replaced by a later union is left with no order
            if (_distinct.Weights[b] == 0) continue;
            foreach (var item in _distinct.Sets[b])
                if (item >= itemNames.Count) throw new ArgumentException($"Item id {item} has no name ({itemNames.Count} names).", nameof(itemNames));
            sets.Add(_distinct.Sets[b]);
            weights.Add(_distinct.Weights[b]);
        }
        return new Baskets(itemNames, sets, weights);
    }

    void FinishRun()
    {
        var run = _run.AsSpan(0, _runLength);
        _runLength = 0;
        run.Sort();
        var length = 1;
        for (var i = 1; i < run.Length; i++) if (run[i] != run[length - 1]) run[length++] = run[i];
        run = run[..length];

        if (sortedByOrder)
        {
            // rows promised sorted need no memory per order: an order's lines are all in this run
            if (_currentId <= _lastId)
                throw new InvalidOperationException($"Order {_currentId} comes after order {_lastId}: the rows are not sorted by order.");
            _lastId = _currentId;
            if (!_prunes) _distinct.Add(run);
            else KeepRun(run);
            return;
        }

        if (_ascendingCount == 0 || _currentId > _ascendingIds[_ascendingCount - 1])
        {
            if (_ascendingCount == _ascendingIds.Length)
            {
                Array.Resize(ref _ascendingIds, checked(_ascendingIds.Length * 2));
                Array.Resize(ref _ascendingBaskets, _ascendingIds.Length);
            }
            _ascendingIds[_ascendingCount] = _currentId;
            _ascendingBaskets[_ascendingCount++] = _distinct.Add(run);
            return;
        }
        var found = Array.BinarySearch(_ascendingIds, 0, _ascendingCount, _currentId);
        if (found >= 0)
        {
            _ascendingBaskets[found] = Merge(_ascendingBaskets[found], run);
            return;
        }
        _otherBaskets ??= [];
        _otherBaskets[_currentId] = _otherBaskets.TryGetValue(_currentId, out var known) ? Merge(known, run) : _distinct.Add(run);
    }

    // the run kept whole until every order is counted (the threshold depends on how many there are), its items counted
    void KeepRun(ReadOnlySpan<int> run)
    {
        if (_keptLength + run.Length > _keptItems.Length) Array.Resize(ref _keptItems, Math.Max(_keptLength + run.Length, _keptItems.Length * 2));
        run.CopyTo(_keptItems.AsSpan(_keptLength));
        _keptLength += run.Length;
        _runEnds.Add(_keptLength);
        var top = run[^1];   // ascending: the largest id
        if (top >= _itemOrders.Length) Array.Resize(ref _itemOrders, Math.Max(top + 1, _itemOrders.Length * 2));
        foreach (var item in run) _itemOrders[item]++;
    }

    // each kept run over the items in at least minCountOf(orders) of them (an empty set for a run of none), grouped
    void GroupKeptRuns(int items, CancellationToken ct)
    {
        for (var i = items; i < _itemOrders.Length; i++)
            if (_itemOrders[i] > 0) throw new ArgumentException($"Item id {i} has no name ({items} names).", "itemNames");
        Array.Resize(ref _itemOrders, items);
        if (_allOrders >= 0 && _allOrders < _runEnds.Count)
            throw new InvalidOperationException($"{_runEnds.Count} orders were added, more than the {_allOrders} counted in all.");
        var unread = _allOrders < 0 ? 0 : _allOrders - _runEnds.Count;   // orders counted in all whose rows were not added
        var minCount = minCountOf!(_runEnds.Count + unread);
        var bitOf = new int[items];
        var kept = 0;
        for (var i = 0; i < items; i++) bitOf[i] = _itemOrders[i] >= minCount ? kept++ : -1;
        if (kept <= 64) GroupKeptRunsAsMasks(bitOf, kept, unread, ct);
        else
        {
            var start = 0;
            for (var r = 0; r < _runEnds.Count; r++)
            {
                if ((r & 0xFFFF) == 0) ct.ThrowIfCancellationRequested();
                var length = 0;
                for (var i = start; i < _runEnds[r]; i++)
                    if (bitOf[_keptItems[i]] >= 0) _keptItems[start + length++] = _keptItems[i];   // in place: never ahead of i
                _distinct.Add(_keptItems.AsSpan(start, length));
                start = _runEnds[r];
            }
            if (unread > 0) _distinct.Add([], unread);
        }
        _keptItems = [];
        _runEnds.Clear();
    }

    // up to 64 kept items (a support's frequent products, usually): each run's kept items as one bit mask, the masks counted in
    // a dictionary, each distinct one added once with its count (bits in item order, so a mask's items come out ascending);
    // the unread orders (counted in all, no row added) join the empty mask
    void GroupKeptRunsAsMasks(int[] bitOf, int kept, int unread, CancellationToken ct)
    {
        var itemOfBit = new int[kept];
        for (var i = 0; i < bitOf.Length; i++) if (bitOf[i] >= 0) itemOfBit[bitOf[i]] = i;
        var masks = new Dictionary<ulong, int>();
        var start = 0;
        for (var r = 0; r < _runEnds.Count; r++)
        {
            if ((r & 0xFFFF) == 0) ct.ThrowIfCancellationRequested();
            var mask = 0UL;
            for (var i = start; i < _runEnds[r]; i++)
                if (bitOf[_keptItems[i]] is var bit and >= 0) mask |= 1UL << bit;
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(masks, mask, out _)++;
            start = _runEnds[r];
        }
        if (unread > 0) System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(masks, 0UL, out _) += unread;
        var set = new int[kept];
        foreach (var (mask, orders) in masks)
        {
            var length = 0;
            for (var rest = mask; rest != 0; rest &= rest - 1)
                set[length++] = itemOfBit[System.Numerics.BitOperations.TrailingZeroCount(rest)];
            _distinct.Add(set.AsSpan(0, length), orders);
        }
    }

    // the order's earlier basket gives up this order; the union of its items and the run's is counted instead
    int Merge(int basket, ReadOnlySpan<int> run)
    {
        var earlier = _distinct.Sets[basket];
        if (_merged.Length < earlier.Length + run.Length) _merged = new int[(earlier.Length + run.Length) * 2];
        int e = 0, r = 0, m = 0;
        while (e < earlier.Length || r < run.Length)
        {
            var next = r == run.Length || (e < earlier.Length && earlier[e] < run[r]) ? earlier[e++] : run[r++];
            if (m == 0 || _merged[m - 1] != next) _merged[m++] = next;
        }
        _distinct.Weights[basket]--;
        return _distinct.Add(_merged.AsSpan(0, m));
    }

    // identical baskets once: open addressing over the distinct baskets (slot -> index + 1) with each slot's hash beside it
    sealed class DistinctBaskets
    {
        int[] _slots = new int[1024], _hashes = new int[1024];

        public List<int[]> Sets { get; } = [];

        public List<int> Weights { get; } = [];

        // the index of the basket holding exactly these items (ascending, distinct), one more order (or orders) counted in it
        public int Add(ReadOnlySpan<int> basket, int orders = 1)
        {
            var hash = Hash(basket);
            var mask = _slots.Length - 1;
            var slot = hash & mask;
            for (; _slots[slot] != 0; slot = (slot + 1) & mask)
            {
                var known = _slots[slot] - 1;
                if (_hashes[slot] == hash && Sets[known].AsSpan().SequenceEqual(basket))
                {
                    Weights[known] += orders;
                    return known;
                }
            }
            _slots[slot] = Sets.Count + 1;
            _hashes[slot] = hash;
            Sets.Add(basket.ToArray());
            Weights.Add(orders);
            if (Sets.Count * 2 > _slots.Length) Grow();
            return Sets.Count - 1;
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
