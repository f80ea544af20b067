using Microsoft.Playwright;

namespace Insights.Tests.Site.Usability;

/// <summary>
/// How big a chart's text is as shown: the smallest font-size in the SVG the &lt;img&gt; shows (its <c>currentSrc</c>: the
/// phone drawing of a &lt;picture&gt; below its breakpoint) times the scale the page draws it at (shown width / drawn width).
/// </summary>
public static class ChartText
{
    /// <summary>The smallest text of the chart <paramref name="image"/> in CSS pixels, and the drawing it showed.</summary>
    public static async Task<(double SmallestPx, string Source)> SmallestAsync(ILocator image)
    {
        var measured = await image.EvaluateAsync<double[]>("""
            async img => {
                await img.decode();
                const svg = await (await fetch(img.currentSrc)).text();
                const sizes = [...svg.matchAll(/font-size\s*[:=]\s*["']?([0-9.]+)/g)].map(m => parseFloat(m[1]));
                const drawn = parseFloat(new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement.getAttribute('width'));
                return [sizes.length ? Math.min(...sizes) : 0, img.getBoundingClientRect().width / drawn];
            }
            """);
        return (measured[0] * measured[1], await image.EvaluateAsync<string>("img => img.currentSrc"));
    }
}
