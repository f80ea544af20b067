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
    struct Link
    {
        public int Item, Parent, NextSibling;
    }

    struct Node
    {
        public int Count, FirstChild, NextSame, ChildCount;
    }

    Link[] _links;
    Node[] _nodes;
    int[] _rankToItem, _head, _support;
    Dictionary<long, int>? _wide;

    /// <summary>An empty tree with room for <paramref name="capacity"/> nodes; <see cref="Reset"/> gives it its items.</summary>
    public FpTree(int capacity = 64)
    {
        _links = new Link[Math.Max(capacity, 4)];
        _nodes = new Node[_links.Length];
        _rankToItem = _head = _support = [];
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
        }
        Ranks = ranks;
        _head.AsSpan(0, ranks).Fill(-1);
        _support.AsSpan(0, ranks).Clear();
        if (_wide is { Count: > 0 }) _wide.Clear();
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
        if (_nodes[node].ChildCount > ScanLimit) return _wide!.TryGetValue(Key(node, rank), out var found) ? found : -1;
        var links = _links;
        var child = _nodes[node].FirstChild;
        while (child != -1 && links[child].Item != rank) child = links[child].NextSibling;
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
        if (children > ScanLimit)
        {
            _wide ??= new Dictionary<long, int>(MixedKeys.Instance);
            if (children == ScanLimit + 1)
                for (var c = node; c != -1; c = _links[c].NextSibling) _wide[Key(parent, _links[c].Item)] = c;
            else
                _wide[Key(parent, rank)] = node;
        }
        return node;
    }
}
