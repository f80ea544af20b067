using System.Globalization;
using ScottPlot;

namespace Insights.Reports.Charts;

/// <summary>One cell of a heat matrix: its row (0 = bottom) and column, a shade from 0 to 1, and the text drawn in it.</summary>
public readonly record struct HeatCell(int Row, int Column, double Shade, string? Label);

/// <summary>
/// Draws a matrix as crisp unit squares in the primary colour, darker = higher. ScottPlot's own heatmap is a bitmap in the
/// SVG, which browsers scale with interpolation: a 12 × 11 matrix became a blur.
/// </summary>
public static class HeatCells
{
    /// <summary>
    /// Adds the cells, their labels (<paramref name="labelSize"/> px, 9 by default; a phone drawing passes 11 so its text stays
    /// readable; white on dark cells) and axis limits around them.
    /// </summary>
    public static void Add(Plot plot, IReadOnlyCollection<HeatCell> cells, int rows, int columns, float labelSize = 9)
    {
        foreach (var cell in cells)
        {
            var shade = Math.Clamp(cell.Shade, 0, 1);
            var box = plot.Add.Rectangle(cell.Column, cell.Column + 1, cell.Row, cell.Row + 1);
            box.FillStyle.Color = ChartTheme.Primary.WithAlpha(0.08 + 0.92 * shade);
            box.LineStyle.Color = Colors.White;
            if (cell.Label is null) continue;
            var label = plot.Add.Text(cell.Label, cell.Column + 0.5, cell.Row + 0.5);
            label.LabelFontSize = labelSize;
            label.LabelAlignment = Alignment.MiddleCenter;
            label.LabelFontColor = shade > 0.5 ? Colors.White : Colors.Black;
        }
        plot.Axes.SetLimits(0, Math.Max(1, columns), 0, Math.Max(1, rows));
        plot.Grid.IsVisible = false;
    }

    /// <summary>A share as a whole percentage, the label heat matrices show.</summary>
    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture);
}
