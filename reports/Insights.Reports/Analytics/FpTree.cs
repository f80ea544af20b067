namespace Insights.Reports.Analytics;

/// <summary>
/// An FP-tree in flat arrays (no node objects): node 0 is the root; every node has an item rank, a count, its parent, its first
/// child and next sibling, and a link to the next node of the same rank. Ranks are 0 = most frequent; paths run from the root in
/// ascending rank order, so a node's ancestors always have smaller ranks.
/// </summary>
sealed class FpTree
{
    // A node with many children (the root and upper levels of a wide tree: hundreds of products) finds a child through a hash
    // map instead of walking its sibling list: walking long lists of nodes scattered in memory took over a minute at SF10.
    const int ScanLimit = 8;

    int[] _item, _count, _parent, _firstChild, _nextSibling, _nextSame, _childCount;
    Dictionary<long, int>? _wide;

    public FpTree(int[] rankToItem, int capacity = 64)
    {
        RankToItem = rankToItem;
        Head = new int[rankToItem.Length];
        Array.Fill(Head, -1);
        Support = new int[rankToItem.Length];
        capacity = Math.Max(capacity, 4);
        _item = new int[capacity];
        _count = new int[capacity];
        _parent = new int[capacity];
        _firstChild = new int[capacity];
        _nextSibling = new int[capacity];
        _nextSame = new int[capacity];
        _childCount = new int[capacity];
        _item[0] = -1;
        _firstChild[0] = -1;
        _nextSibling[0] = -1;
        Size = 1;
    }

    /// <summary>Original item id of each rank.</summary>
    public int[] RankToItem { get; }

    /// <summary>First node of each rank (follow <see cref="NextSame"/>), or -1.</summary>
    public int[] Head { get; }

    /// <summary>Count of each rank over the whole tree.</summary>
    public int[] Support { get; }

    /// <summary>Nodes, root included.</summary>
    public int Size { get; private set; }

    /// <summary>True while no node has two children: then every combination of the path's items is frequent.</summary>
    public bool IsSinglePath { get; private set; } = true;

    public int Item(int node) => _item[node];

    public int Count(int node) => _count[node];

    public int Parent(int node) => _parent[node];

    public int NextSame(int node) => _nextSame[node];

    public int FirstChild(int node) => _firstChild[node];

    /// <summary>Adds a basket (its frequent items' ranks, ascending) with a weight.</summary>
    public void Insert(ReadOnlySpan<int> ranks, int weight)
    {
        var node = 0;
        foreach (var rank in ranks)
        {
            var child = FindChild(node, rank);
            if (child == -1) child = NewNode(rank, node);
            _count[child] += weight;
            Support[rank] += weight;
            node = child;
        }
    }

    int FindChild(int node, int rank)
    {
        if (_childCount[node] > ScanLimit) return _wide!.TryGetValue(Key(node, rank), out var found) ? found : -1;
        var child = _firstChild[node];
        while (child != -1 && _item[child] != rank) child = _nextSibling[child];
        return child;
    }

    static long Key(int parent, int rank) => ((long)parent << 32) | (uint)rank;

    // long's own hash is low ^ high word, i.e. parent ^ rank: neighbouring parents with a few hundred children collide in whole
    // runs. Fibonacci hashing spreads the keys.
    sealed class MixedKeys : IEqualityComparer<long>
    {
        public static readonly MixedKeys Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 32);
    }

    int NewNode(int rank, int parent)
    {
        if (Size == _item.Length) Grow();
        var node = Size++;
        _item[node] = rank;
        _count[node] = 0;
        _parent[node] = parent;
        _firstChild[node] = -1;
        if (_firstChild[parent] != -1) IsSinglePath = false;
        _nextSibling[node] = _firstChild[parent];
        _firstChild[parent] = node;
        _childCount[node] = 0;
        var children = ++_childCount[parent];
        if (children > ScanLimit)
        {
            _wide ??= new Dictionary<long, int>(MixedKeys.Instance);
            if (children == ScanLimit + 1)
                for (var c = node; c != -1; c = _nextSibling[c]) _wide[Key(parent, _item[c])] = c;
            else
                _wide[Key(parent, rank)] = node;
        }
        _nextSame[node] = Head[rank];
        Head[rank] = node;
        return node;
    }

    void Grow()
    {
        var size = _item.Length * 2;
        Array.Resize(ref _item, size);
        Array.Resize(ref _count, size);
        Array.Resize(ref _parent, size);
        Array.Resize(ref _firstChild, size);
        Array.Resize(ref _nextSibling, size);
        Array.Resize(ref _nextSame, size);
        Array.Resize(ref _childCount, size);
    }
}
