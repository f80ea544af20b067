using System.Globalization;
using Insights.Reports.Charts;

namespace Insights.Reports.Pages.Intervals;

/// <summary>Replenishment cycles: per category, the share of repeat purchases made 0..25 and 26+ weeks after the previous one (SVG).</summary>
public static class CategoryCycleChart
{
    static readonly string[] Palette = ["#2f6690", "#d9822b", "#3a7d44", "#9d4edd", "#c0392b", "#16a085", "#7f8c8d", "#b8860b"];

    /// <summary>Renders up to eight categories (those with the most gaps); same data, same SVG.</summary>
    public static string Render(IReadOnlyList<CategoryCycle> cycles, int width = 760, int height = 320)
    {
        var plot = ChartTheme.NewPlot();
        var shown = cycles.OrderByDescending(c => c.Gaps).ThenBy(c => c.Category, StringComparer.Ordinal).Take(Palette.Length).ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            var c = shown[i];
            var total = Math.Max(1, c.GapsPerWeek.Sum());
            var line = plot.Add.Scatter(Enumerable.Range(0, c.GapsPerWeek.Count).Select(w => (double)w).ToArray(),
                c.GapsPerWeek.Select(n => 100.0 * n / total).ToArray());
            line.Color = ScottPlot.Color.FromHex(Palette[i]);
            line.MarkerSize = 3;
            line.LegendText = c.Category;
        }
        var ticks = Enumerable.Range(0, 27).Where(w => w % 2 == 0).ToArray();
        plot.Axes.Bottom.SetTicks(ticks.Select(w => (double)w).ToArray(),
            ticks.Select(w => w == 26 ? "26+" : w.ToString(CultureInfo.InvariantCulture)).ToArray());
        plot.XLabel("Weeks since the previous purchase of the same category");
        plot.YLabel("% of repeat purchases");
        plot.Title("Replenishment cycle by category");
        if (shown.Count > 0) plot.ShowLegend(ScottPlot.Alignment.UpperRight);
        return ChartTheme.ToSvg(plot, width, height);
    }
}
