using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Insights.Reports.Charts;

/// <summary>
/// A chart rendered once per result object: a cached result (<see cref="Caching.ResultCache"/>) is the same object for every
/// request of its filter, and rendering its SVG costs more than reading it. The rendering goes when the result does.
/// </summary>
public static class RenderedCharts
{
    static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, string>> Rendered = new();

    /// <summary>The chart <paramref name="name"/> of <paramref name="result"/> as a data: URI, rendered on first use.</summary>
    public static string DataUri<T>(T result, string name, Func<T, string> render) where T : class =>
        Rendered.GetValue(result, _ => new ConcurrentDictionary<string, string>(StringComparer.Ordinal))
            .GetOrAdd(name, _ => ChartTheme.ToDataUri(render(result)));
}
