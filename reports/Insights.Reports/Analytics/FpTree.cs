namespace Insights.Reports.Analytics;

/// <summary>
/// An FP-tree in flat arrays of node structs (no node objects): node 0 is the root; every node has an item rank, a count,
/// its parent, its first child and next sibling, and a link to the next node of the same rank. Ranks are 0 = most frequent;
/// paths run from the root in ascending rank order, so a node's ancestors always have smaller ranks. A tree is reused
/// (<see cref="Reset"/>): FP-growth keeps one per recursion depth, so mining allocates nothing per conditional tree.
/// </summary>
sealed class FpTree
{
    // A node with many children (the root and upper levels of a wide tree: hundreds of products) finds a child through a hash
    // map instead of walking its sibling list: walking long lists of nodes scattered in memory took over a minute at SF10.
    const int ScanLimit = 8;

    // A node is two structs in two arrays: what walking up a path and scanning a sibling list read (item, parent, next sibling:
    // 12 bytes, five nodes per cache line), and the rest. Mining walks paths upwards far more than anything else, so the walk
    // reads one dense array (seven separate int arrays took up to seven cache lines per step).
    internal struct Link
    {
        public int Item, Parent, NextSibling;
    }

    internal struct Node
    {
        public int Count, FirstChild, NextSame, ChildCount;
    }

    /// <summary>The nodes' item, parent and next sibling (index: node), for walks that read many nodes (valid until the next insert).</summary>
    internal Link[] Links => _links;

    /// <summary>The nodes' count, first child, next node of the same rank and child count (as <see cref="Links"/>).</summary>
    internal Node[] Nodes => _nodes;

    Link[] _links;
    Node[] _nodes;
    int[] _rankToItem, _head, _support, _rootChild;
    // the children of wide nodes other than the root (whose children are found by rank in _rootChild): an open-addressing table
    // of (parent, rank) keys, key + 1 stored so that 0 is an empty slot, and the slots used since the last Reset (to empty them
    // without clearing the whole table: a tree per recursion depth is reset thousands of times)
    long[] _wideKeys = [];
    int[] _wideNodes = [], _wideUsed = [];
    int _wideCount;

    /// <summary>An empty tree with room for <paramref name="capacity"/> nodes; <see cref="Reset"/> gives it its items.</summary>
    public FpTree(int capacity = 64)
    {
        _links = new Link[Math.Max(capacity, 4)];
        _nodes = new Node[_links.Length];
        _rankToItem = _head = _support = _rootChild = [];
        Reset(0);
    }

    /// <summary>Number of item ranks (0..Ranks-1).</summary>
    public int Ranks { get; private set; }

    /// <summary>Nodes, root included.</summary>
    public int Size { get; private set; }

    /// <summary>True while no node has two children: then every combination of the path's items is frequent.</summary>
    public bool IsSinglePath { get; private set; }

    /// <summary>
    /// Empties the tree for <paramref name="ranks"/> items (keeping its arrays); the caller then fills
    /// <see cref="RankToItem"/> (the first <paramref name="ranks"/> entries) and inserts the paths.
    /// </summary>
    public void Reset(int ranks)
    {
        if (_head.Length < ranks)
        {
            var size = Math.Max(ranks, _head.Length * 2);
            _rankToItem = new int[size];
            _head = new int[size];
            _support = new int[size];
            _rootChild = new int[size];
        }
        Ranks = ranks;
        _head.AsSpan(0, ranks).Fill(-1);
        _rootChild.AsSpan(0, ranks).Fill(-1);
        _support.AsSpan(0, ranks).Clear();
        for (var i = 0; i < _wideCount; i++) _wideKeys[_wideUsed[i]] = 0;
        _wideCount = 0;
        _links[0] = new Link { Item = -1, Parent = -1, NextSibling = -1 };
        _nodes[0] = new Node { FirstChild = -1, NextSame = -1 };
        Size = 1;
        IsSinglePath = true;
    }

    /// <summary>Original item id of each rank (the first <see cref="Ranks"/> entries count).</summary>
    public int[] RankToItem => _rankToItem;

    /// <summary>First node of a rank (follow <see cref="NextSame"/>), or -1.</summary>
    public int Head(int rank) => _head[rank];

    /// <summary>Count of a rank over the whole tree.</summary>
    public int Support(int rank) => _support[rank];

    /// <summary>The node's item rank.</summary>
    public int Item(int node) => _links[node].Item;

    /// <summary>Baskets through the node.</summary>
    public int Count(int node) => _nodes[node].Count;

    /// <summary>The node's parent (0: the root).</summary>
    public int Parent(int node) => _links[node].Parent;

    /// <summary>The next node of the same rank, or -1.</summary>
    public int NextSame(int node) => _nodes[node].NextSame;

    /// <summary>The node's first child, or -1.</summary>
    public int FirstChild(int node) => _nodes[node].FirstChild;

    /// <summary>Adds a basket (its frequent items' ranks, ascending) with a weight.</summary>
    public void Insert(ReadOnlySpan<int> ranks, int weight)
    {
        var node = 0;
        foreach (var rank in ranks)
        {
            var child = FindChild(node, rank);
            if (child == -1) child = NewNode(rank, node);
            _nodes[child].Count += weight;
            _support[rank] += weight;
            node = child;
        }
    }

    int FindChild(int node, int rank)
    {
        if (node == 0) return _rootChild[rank];
        if (_wideCount > 0 && _nodes[node].ChildCount > ScanLimit) return FindWide(Key(node, rank));
        var links = _links;
        var child = _nodes[node].FirstChild;
        while (child != -1 && links[child].Item != rank) child = links[child].NextSibling;
        return child;
    }

    static long Key(int parent, int rank) => ((long)parent << 32) | (uint)rank;

    // long's own hash is low ^ high word, i.e. parent ^ rank: neighbouring parents with a few hundred children collide in whole
    // runs. Fibonacci hashing spreads the keys.
    int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> 32) & (_wideKeys.Length - 1);

    int FindWide(long key)
    {
        var stored = key + 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & (_wideKeys.Length - 1))
        {
            var k = _wideKeys[slot];
            if (k == stored) return _wideNodes[slot];
            if (k == 0) return -1;
        }
    }

    void AddWide(long key, int node)
    {
        if ((_wideCount + 1) * 2 > _wideKeys.Length) GrowWide();
        var slot = Slot(key);
        while (_wideKeys[slot] != 0) slot = (slot + 1) & (_wideKeys.Length - 1);
        _wideKeys[slot] = key + 1;
        _wideNodes[slot] = node;
        _wideUsed[_wideCount++] = slot;
    }

    void GrowWide()
    {
        var oldKeys = _wideKeys;
        var oldNodes = _wideNodes;
        var oldUsed = _wideUsed;
        var count = _wideCount;
        var size = Math.Max(64, oldKeys.Length * 2);
        _wideKeys = new long[size];
        _wideNodes = new int[size];
        _wideUsed = new int[size / 2];
        _wideCount = 0;
        for (var i = 0; i < count; i++) AddWide(oldKeys[oldUsed[i]] - 1, oldNodes[oldUsed[i]]);
    }

    int NewNode(int rank, int parent)
    {
        if (Size == _nodes.Length)
        {
            Array.Resize(ref _links, _links.Length * 2);
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }
        var node = Size++;
        ref var up = ref _nodes[parent];
        if (up.FirstChild != -1) IsSinglePath = false;
        _links[node] = new Link { Item = rank, Parent = parent, NextSibling = up.FirstChild };
        _nodes[node] = new Node { FirstChild = -1, NextSame = _head[rank] };
        up.FirstChild = node;
        _head[rank] = node;
        var children = ++up.ChildCount;
        if (parent == 0) _rootChild[rank] = node;
        else if (children > ScanLimit)
        {
            if (children == ScanLimit + 1)
                for (var c = node; c != -1; c = _links[c].NextSibling) AddWide(Key(parent, _links[c].Item), c);
            else
                AddWide(Key(parent, rank), node);
        }
        return node;
    }
}
