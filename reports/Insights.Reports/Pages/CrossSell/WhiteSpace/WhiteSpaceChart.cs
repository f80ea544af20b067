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
            // segments top to bottom in the table's order, categories left to right
            HeatCells.Add(plot, result.Cells.Select(c => new HeatCell(segments.Count - 1 - IndexOf(segments, c.Segment),
                IndexOf(categories, c.Category), c.Penetration, HeatCells.Percent(c.Penetration))).ToList(),
                segments.Count, categories.Count);
            plot.Axes.Bottom.SetTicks(Enumerable.Range(0, categories.Count).Select(i => i + 0.5).ToArray(), [.. categories]);
            plot.Axes.Left.SetTicks(Enumerable.Range(0, segments.Count).Select(i => segments.Count - 1 - i + 0.5).ToArray(), [.. segments]);
            plot.Axes.Bottom.TickLabelStyle.Rotation = -40;
            plot.Axes.Bottom.TickLabelStyle.Alignment = ScottPlot.Alignment.MiddleRight;
            plot.Axes.Bottom.MinimumSize = 90;
            plot.XLabel("Category");
        }
        plot.Title("Share of each segment buying each category (%)");
        return ChartTheme.ToSvg(plot, width, height);
    }

    static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == value) return i;
        return -1;
    }
}
