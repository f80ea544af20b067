namespace Insights.Tests.Reports.Analytics;

/// <summary>The Groceries baskets (TestData/groceries), read straight from the file: one basket per line, items comma-separated.</summary>
public static class GroceriesBaskets
{
    /// <summary>Path of the copy next to the tests.</summary>
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "groceries", "groceries.csv");

    /// <summary>Each basket as a set of trimmed item names (as the basket source loads them).</summary>
    public static List<HashSet<string>> Read() =>
        File.ReadAllLines(Path).Where(l => l.Length > 0).Select(l => l.Split(',').Select(i => i.Trim()).ToHashSet(StringComparer.Ordinal)).ToList();

    /// <summary>The independent count: baskets holding every item of <paramref name="items"/>, by brute force.</summary>
    public static int Occurrences(IReadOnlyList<HashSet<string>> baskets, IEnumerable<string> items)
    {
        var wanted = items.ToArray();
        return baskets.Count(b => wanted.All(b.Contains));
    }
}
