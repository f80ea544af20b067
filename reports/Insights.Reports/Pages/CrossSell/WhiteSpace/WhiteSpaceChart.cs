using System.Globalization;
using Insights.Reports.Charts;

namespace Insights.Reports.Pages.CrossSell.WhiteSpace;

/// <summary>The segment × category penetration matrix as a heatmap (rows segments, columns categories).</summary>
public static class WhiteSpaceChart
{
    /// <summary>Renders the matrix; the same cells always give the same SVG.</summary>
    public static string Render(WhiteSpaceResult result, int width = 760, int height = 360)
    {
        var plot = ChartTheme.NewPlot();
        var segments = result.Segments;
        var categories = result.Categories;
        if (segments.Count > 0 && categories.Count > 0)
        {
            var values = new double[segments.Count, categories.Count];
            foreach (var cell in result.Cells)
                values[segments.Count - 1 - IndexOf(segments, cell.Segment), IndexOf(categories, cell.Category)] = cell.Penetration;
            var heatmap = plot.Add.Heatmap(values);
            heatmap.Colormap = new ScottPlot.Colormaps.Blues();
            plot.Add.ColorBar(heatmap).Label = "Penetration";
            plot.Axes.Bottom.SetTicks(Enumerable.Range(0, categories.Count).Select(i => (double)i).ToArray(), [.. categories]);
            plot.Axes.Left.SetTicks(Enumerable.Range(0, segments.Count).Select(i => (double)i).ToArray(), [.. segments.Reverse()]);
            plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
            plot.Axes.Bottom.TickLabelStyle.Alignment = ScottPlot.Alignment.MiddleLeft;
        }
        plot.Title(string.Create(CultureInfo.InvariantCulture, $"Share of each segment buying each category"));
        return ChartTheme.ToSvg(plot, width, height);
    }

    static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == value) return i;
        return -1;
    }
}
