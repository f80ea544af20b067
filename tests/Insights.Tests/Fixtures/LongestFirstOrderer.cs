using System.Reflection;
using Xunit.Abstractions;

[assembly: TestCollectionOrderer("Insights.Tests.Fixtures.LongestFirstOrderer", "Insights.Tests")]

namespace Insights.Tests.Fixtures;

/// <summary>
/// Orders the test collections for the parallel run: those marked <see cref="RunsLongAttribute"/> first, longest first, then
/// the others in discovery order. xunit queues the collections in this order on its two threads, so a long collection started
/// last would end the run with one thread idle (the kill tests once ran their 97 s alone after everything else had finished).
/// The collections that run alone (DisableParallelization) still run after all of these.
/// </summary>
public sealed class LongestFirstOrderer : ITestCollectionOrderer
{
    const string ClassCollectionPrefix = "Test collection for ";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderByDescending(Seconds).ToList();

    // a collection definition's own mark, or the mark of the one class in a class's default collection
    static int Seconds(ITestCollection collection)
    {
        var name = collection.CollectionDefinition?.Name
                   ?? (collection.DisplayName.StartsWith(ClassCollectionPrefix, StringComparison.Ordinal)
                       ? collection.DisplayName[ClassCollectionPrefix.Length..]
                       : null);
        var type = name is null ? null : typeof(LongestFirstOrderer).Assembly.GetType(name);
        return type?.GetCustomAttribute<RunsLongAttribute>()?.Seconds ?? 0;
    }
}
