namespace Insights.Tests.Fixtures;

/// <summary>
/// Marks a test class or a collection definition whose tests together take about <paramref name="seconds"/> or more: the run
/// starts such collections first, longest first (<see cref="LongestFirstOrderer"/>), so none of them is left running alone
/// at the end while the other core idles.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RunsLongAttribute(int seconds) : Attribute
{
    /// <summary>About how long the class's (or collection's) tests take on the 2-core CI machine.</summary>
    public int Seconds { get; } = seconds;
}
