using System.Globalization;
using Insights.Reports.Charts;

namespace Insights.Reports.Pages.Intervals;

/// <summary>
/// Replenishment cycles: per category, the share of repeat purchases made in each week-long bin of days (0–6, 7–13, … and 182
/// or more) after the previous one (SVG). Lines are told apart by colour, marker shape and line pattern together, so no two
/// look alike even without colour; the page's data table holds every category.
/// </summary>
public static class CategoryCycleChart
{
    /// <summary>The most lines drawn: more cannot be told apart on one chart; the page names the ones left out.</summary>
    public const int MaxLines = 8;

    // eight colours that differ in hue and lightness (no two oranges), each with its own marker and, every other one, a dash
    static readonly string[] Palette = ["#2f6690", "#d9822b", "#3a7d44", "#9d4edd", "#c0392b", "#16a085", "#5d4037", "#b8860b"];
    static readonly ScottPlot.MarkerShape[] Markers =
    [
        ScottPlot.MarkerShape.FilledCircle, ScottPlot.MarkerShape.FilledSquare, ScottPlot.MarkerShape.FilledTriangleUp,
        ScottPlot.MarkerShape.FilledDiamond, ScottPlot.MarkerShape.OpenCircle, ScottPlot.MarkerShape.OpenSquare,
        ScottPlot.MarkerShape.OpenTriangleUp, ScottPlot.MarkerShape.OpenDiamond,
    ];

    /// <summary>The categories the chart draws: the <see cref="MaxLines"/> with the most repeat purchases (ties by name).</summary>
    public static IReadOnlyList<CategoryCycle> Shown(IReadOnlyList<CategoryCycle> cycles) =>
        cycles.OrderByDescending(c => c.Gaps).ThenBy(c => c.Category, StringComparer.Ordinal).Take(MaxLines).ToList();

    /// <summary>
    /// Which categories the chart draws and why, for the line above it: all of them, or the <see cref="MaxLines"/> with the most
    /// repeat purchases and, by name, the ones it leaves out (the data table has every category).
    /// </summary>
    public static string Describe(IReadOnlyList<CategoryCycle> cycles)
    {
        var shown = Shown(cycles);
        var left = cycles.Where(c => !shown.Contains(c)).Select(c => c.Category).Order(StringComparer.Ordinal).ToList();
        var inv = CultureInfo.InvariantCulture;
        if (left.Count == 0)
            return shown.Count == 1
                ? "The chart draws the one category; the data table under it has its numbers."
                : string.Create(inv, $"The chart draws all {shown.Count} categories, each with its own colour, marker and line; the data table under it has their numbers.");
        return string.Create(inv, $"The chart draws the {shown.Count} categories with the most repeat purchases, each with its own colour, marker and line: more lines could not be told apart. It leaves out {left.Count} ({string.Join(", ", left)}); the data table under it has every category.");
    }

    /// <summary>The label of bin <paramref name="week"/> in days: "0–6", "7–13", …, "182+" for the last.</summary>
    public static string BinLabel(int week, int lastBin) => week >= lastBin
        ? string.Create(CultureInfo.InvariantCulture, $"{week * 7}+")
        : string.Create(CultureInfo.InvariantCulture, $"{week * 7}–{week * 7 + 6}");

    /// <summary>A category's share of repeat purchases in each bin, in percent (0 for a category without repeats).</summary>
    public static double[] Shares(CategoryCycle cycle)
    {
        var total = Math.Max(1, cycle.GapsPerWeek.Sum());
        return cycle.GapsPerWeek.Select(n => 100.0 * n / total).ToArray();
    }

    /// <summary>Renders the <see cref="Shown"/> categories; same data, same SVG.</summary>
    public static string Render(IReadOnlyList<CategoryCycle> cycles, int width = 760, int height = 320)
    {
        var plot = ChartTheme.NewPlot();
        var shown = Shown(cycles);
        for (var i = 0; i < shown.Count; i++)
        {
            var c = shown[i];
            var line = plot.Add.Scatter(Enumerable.Range(0, c.GapsPerWeek.Count).Select(w => (double)w).ToArray(), Shares(c));
            line.Color = ScottPlot.Color.FromHex(Palette[i]);
            line.MarkerShape = Markers[i];
            line.MarkerSize = 6;
            line.LinePattern = i % 2 == 0 ? ScottPlot.LinePattern.Solid : ScottPlot.LinePattern.Dashed;
            line.LegendText = c.Category;
        }
        var lastBin = shown.Count > 0 ? shown[0].GapsPerWeek.Count - 1 : 26;
        var step = width < ChartPicture.PhoneBreakpoint ? 6 : 2;
        var ticks = Enumerable.Range(0, lastBin + 1).Where(w => w % step == 0 || w == lastBin).ToArray();
        plot.Axes.Bottom.SetTicks(ticks.Select(w => (double)w).ToArray(),
            ticks.Select(w => w == lastBin ? $"{(w * 7).ToString(CultureInfo.InvariantCulture)}+" : (w * 7).ToString(CultureInfo.InvariantCulture)).ToArray());
        plot.XLabel("Days since the previous purchase of the same category");
        plot.YLabel("% of repeat purchases");
        plot.Title("Replenishment cycle by category");
        if (shown.Count > 0) plot.ShowLegend(ScottPlot.Alignment.UpperRight);
        return ChartTheme.ToSvg(plot, width, height);
    }
}
