using System.Globalization;
using Insights.Reports.Charts;
using ScottPlot;

namespace Insights.Reports.Pages.Loyalty;

/// <summary>The segment map: the 5 x 5 grid of recency (rows) by frequency (columns), each cell coloured by its segment and
/// labelled with its customers (SVG; the same data always gives the same SVG).</summary>
public static class SegmentMapChart
{
    /// <summary>Colour of each segment, warm for customers to win back, cool for loyal ones.</summary>
    public static IReadOnlyDictionary<string, string> Colours { get; } = new Dictionary<string, string>
    {
        ["Champions"] = "#1b7837", ["Loyal"] = "#5aae61", ["Potential Loyalist"] = "#a6dba0", ["New"] = "#92c5de",
        ["Promising"] = "#d1e5f0", ["Need Attention"] = "#fee08b", ["About to Sleep"] = "#fdae61", ["At Risk"] = "#f46d43",
        ["Can't Lose Them"] = "#d73027", ["Hibernating"] = "#bababa", ["Lost"] = "#878787",
    };

    // A phone's cells are ~58 px wide: one word a line keeps "Potential Loyalist" inside its cell at 11 px, and the two words
    // wider than a cell are hyphenated.
    static string PhoneName(string segment) =>
        segment.Replace("Champions", "Cham-\npions", StringComparison.Ordinal)
            .Replace("Hibernating", "Hiber-\nnating", StringComparison.Ordinal).Replace(' ', '\n');

    /// <summary>Renders the grid; cells without customers are drawn empty, in their segment's colour. A phone drawing (narrower
    /// than <see cref="ChartPicture.PhoneBreakpoint"/>) puts each word of a segment's name on its own line.</summary>
    public static string Render(IReadOnlyList<GridCell> cells, IReadOnlyDictionary<(int R, int F), string> map, int width = 640, int height = 520)
    {
        var plot = ChartTheme.NewPlot();
        var inv = CultureInfo.InvariantCulture;
        for (var r = 1; r <= 5; r++)
            for (var f = 1; f <= 5; f++)
            {
                var segment = map[(r, f)];
                var cell = cells.FirstOrDefault(c => c.R == r && c.F == f);
                var box = plot.Add.Rectangle(f - 1, f, r - 1, r);
                box.FillStyle.Color = Color.FromHex(Colours[segment]);
                box.LineStyle.Color = Colors.White;
                box.LineStyle.Width = 2;
                var name = width < ChartPicture.PhoneBreakpoint ? PhoneName(segment) : segment;
                var label = plot.Add.Text($"{name}\n{(cell?.Customers ?? 0).ToString("N0", inv)}", f - 0.5, r - 0.5);
                label.LabelFontSize = 11;
                label.LabelAlignment = Alignment.MiddleCenter;
                label.LabelFontColor = TextContrast.On(box.FillStyle.Color);   // white on the dark greens and reds
            }
        double[] ticks = [0.5, 1.5, 2.5, 3.5, 4.5];
        string[] names = ["1", "2", "3", "4", "5"];
        plot.Axes.Bottom.SetTicks(ticks, names);
        plot.Axes.Left.SetTicks(ticks, names);
        plot.Axes.SetLimits(0, 5, 0, 5);
        plot.XLabel("Frequency score (F)");
        plot.YLabel("Recency score (R)");
        plot.Title("Customers by RFM segment");
        plot.Grid.IsVisible = false;
        return ChartTheme.ToSvg(plot, width, height);
    }
}
