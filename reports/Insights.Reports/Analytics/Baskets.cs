namespace Insights.Reports.Analytics;

/// <summary>
/// Market baskets as sparse item sets: item ids are 0..<see cref="ItemNames"/>.Count-1, each distinct basket holds its distinct
/// item ids once, and <see cref="Weights"/> says how many baskets had exactly that set (identical baskets are mined once).
/// Never a dense one-hot matrix.
/// </summary>
public sealed class Baskets
{
    /// <summary>Wraps distinct baskets and their multiplicities.</summary>
    public Baskets(IReadOnlyList<string> itemNames, IReadOnlyList<int[]> itemSets, IReadOnlyList<int> weights)
    {
        if (itemSets.Count != weights.Count) throw new ArgumentException("One weight per basket is needed.", nameof(weights));
        ItemNames = itemNames;
        ItemSets = itemSets;
        Weights = weights;
        long total = 0;
        foreach (var w in weights) total += w;
        Count = checked((int)total);
    }

    /// <summary>Display name of each item id.</summary>
    public IReadOnlyList<string> ItemNames { get; }

    /// <summary>Distinct baskets, each its distinct item ids.</summary>
    public IReadOnlyList<int[]> ItemSets { get; }

    /// <summary>How many baskets had each set.</summary>
    public IReadOnlyList<int> Weights { get; }

    /// <summary>Number of baskets (the sum of the weights): the denominator of every support.</summary>
    public int Count { get; }

    /// <summary>Baskets from lists of item names (duplicates within a basket count once): for tests and small inputs.</summary>
    public static Baskets FromNames(IEnumerable<IEnumerable<string>> baskets)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var sets = new List<int[]>();
        foreach (var basket in baskets)
        {
            var set = new SortedSet<int>();
            foreach (var name in basket)
            {
                if (!ids.TryGetValue(name, out var id))
                {
                    ids[name] = id = names.Count;
                    names.Add(name);
                }
                set.Add(id);
            }
            sets.Add([.. set]);
        }
        return new Baskets(names, sets, Enumerable.Repeat(1, sets.Count).ToArray());
    }
}
