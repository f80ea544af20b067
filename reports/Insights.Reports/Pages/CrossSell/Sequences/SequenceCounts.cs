using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Insights.Reports.Pages.CrossSell.Sequences;

/// <summary>
/// The sequences' counts from each customer's first purchase day of each item (sequence_firsts.sql's rows, one customer's
/// items together in the order first bought), in dense arrays of items × items. This is what sequences.sql's self-join of
/// every customer's items against each other counts (51 M customer-pair rows into a hash table at SF1, product level; 47–63 s
/// there): here a customer's items are walked once, and for an anchor A only the items first bought by A's first day (had B)
/// and within the window after it (followed) are touched, never the later ones.
/// </summary>
public sealed class SequenceCounts
{
    /// <summary>The widest level counted here: two arrays of items × items counts (32 MB at this width); a wider level is
    /// counted by sequences.sql.</summary>
    public const int MaxItems = 2048;

    readonly int _items;
    ushort[] _item = new ushort[1024];
    int[] _first = new int[1024];
    int _rows;
    readonly List<int> _customerStarts = [];
    int _lastCustomer;
    int? _horizon;

    /// <summary>Counts for <paramref name="items"/> items (keys 0 … items − 1).</summary>
    public SequenceCounts(int items)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(items);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(items, MaxItems);
        _items = items;
    }

    /// <summary>The customer-item rows added.</summary>
    public int Rows => _rows;

    /// <summary>Trims the buffers to the rows added: call once all are in, before keeping the counts for later windows.</summary>
    public SequenceCounts Trimmed()
    {
        Array.Resize(ref _item, _rows);
        Array.Resize(ref _first, _rows);
        return this;
    }

    /// <summary>Adds one customer's item: rows must come grouped by customer and, within one, by first day.</summary>
    public void Add(int customerId, int item, int firstDay, int lastDay)
    {
        if ((uint)item >= (uint)_items) throw new ArgumentOutOfRangeException(nameof(item), item, "An item key outside the item list.");
        if (_rows == 0 || customerId != _lastCustomer)
        {
            _customerStarts.Add(_rows);
            _lastCustomer = customerId;
        }
        else if (firstDay < _first[_rows - 1])
            throw new ArgumentException("A customer's items must come in the order of their first day.", nameof(firstDay));
        if (_rows == _item.Length)
        {
            Array.Resize(ref _item, Math.Max(1024, _rows * 2));
            Array.Resize(ref _first, Math.Max(1024, _rows * 2));
        }
        _item[_rows] = (ushort)item;
        _first[_rows] = firstDay;
        _rows++;
        _horizon = _horizon is { } h ? Math.Max(h, lastDay) : lastDay;
    }

    /// <summary>
    /// The pairs for a window of <paramref name="days"/> days as sequences.sql gives them (only reads the rows added, so
    /// several requests may count from one instance at once): A's anchors are the customers whose first A plus the window lies on or before
    /// the last purchase day of all (the horizon); a pair counts those of them who had not bought B by A's first day, and
    /// those whose first B fell within the window after it. Only pairs with a follower and at least
    /// <paramref name="minCustomers"/> customers. B's baseline is the same from each followable customer's first day.
    /// </summary>
    public IReadOnlyList<PairCount> Pairs(int days, int minCustomers, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        if (_horizon is not { } horizon) return [];
        var lastAnchor = horizon - days;   // an anchor's first day is on or before this day
        var anchors = new long[_items];
        var baseHad = new long[_items];
        var baseFollowed = new long[_items];
        var had = new int[_items * _items];
        var followed = new int[_items * _items];
        long starts = 0;
        // the walk below reads the rows and writes the counts through references: every item key was checked in Add and
        // every row index lies within a customer's rows, so the arrays' bounds checks (a third of the time) are left out
        ref var item0 = ref MemoryMarshal.GetArrayDataReference(_item);
        ref var first0 = ref MemoryMarshal.GetArrayDataReference(_first);
        ref var had0 = ref MemoryMarshal.GetArrayDataReference(had);
        ref var followed0 = ref MemoryMarshal.GetArrayDataReference(followed);
        for (var c = 0; c < _customerStarts.Count; c++)
        {
            if ((c & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
            var start = _customerStarts[c];
            var end = c + 1 < _customerStarts.Count ? _customerStarts[c + 1] : _rows;
            var customerFirst = _first[start];
            if (customerFirst <= lastAnchor)
            {
                starts++;
                for (var j = start; j < end && _first[j] <= customerFirst + days; j++)
                {
                    if (_first[j] <= customerFirst) baseHad[_item[j]]++;
                    else baseFollowed[_item[j]]++;
                }
            }
            var sameDayEnd = start;   // the end of the items first bought on or before the anchor's day
            var windowEnd = start;    // the end of the items first bought within the window after it
            for (var i = start; i < end; i++)
            {
                var day = Unsafe.Add(ref first0, i);
                if (day > lastAnchor) break;   // later items are later still: no more anchors for this customer
                var a = Unsafe.Add(ref item0, i);
                anchors[a]++;
                while (sameDayEnd < end && Unsafe.Add(ref first0, sameDayEnd) <= day) sameDayEnd++;   // past i: its own day
                if (windowEnd < sameDayEnd) windowEnd = sameDayEnd;
                while (windowEnd < end && Unsafe.Add(ref first0, windowEnd) <= day + days) windowEnd++;
                ref var hadRow = ref Unsafe.Add(ref had0, a * _items);
                for (var j = start; j < i; j++) Unsafe.Add(ref hadRow, Unsafe.Add(ref item0, j))++;
                for (var j = i + 1; j < sameDayEnd; j++) Unsafe.Add(ref hadRow, Unsafe.Add(ref item0, j))++;
                ref var followedRow = ref Unsafe.Add(ref followed0, a * _items);
                for (var j = sameDayEnd; j < windowEnd; j++) Unsafe.Add(ref followedRow, Unsafe.Add(ref item0, j))++;
            }
        }

        var pairs = new List<PairCount>();
        for (var a = 0; a < _items; a++)
        {
            if (anchors[a] == 0) continue;
            for (var b = 0; b < _items; b++)
            {
                var cell = a * _items + b;
                var customers = anchors[a] - had[cell];
                if (followed[cell] == 0 || customers < minCustomers) continue;
                pairs.Add(new PairCount(a, b, customers, followed[cell], starts - baseHad[b], baseFollowed[b]));
            }
        }
        return pairs;
    }
}

/// <summary>One ordered pair's counts: <see cref="Customers"/> followable buyers of A without B by then, of whom
/// <see cref="Followed"/> bought B within the window; B's baseline population and followers from a customer's first day.</summary>
public readonly record struct PairCount(int ItemA, int ItemB, long Customers, long Followed, long BaselinePopulation, long BaselineFollowed);
