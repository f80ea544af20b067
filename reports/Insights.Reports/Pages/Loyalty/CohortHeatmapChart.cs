using System.Globalization;
using Insights.Reports.Charts;
using ScottPlot;

namespace Insights.Reports.Pages.Loyalty;

/// <summary>Cohort retention as a heatmap: one row per first-purchase month (oldest on top), one column per month since,
/// darker = more of the cohort ordered in that month (SVG; the same data always gives the same SVG).</summary>
public static class CohortHeatmapChart
{
    /// <summary>Renders the triangle; month 0 is 100% by definition and is drawn like the others.</summary>
    public static string Render(IReadOnlyList<CohortCell> cells, int width = 760, int height = 420)
    {
        var plot = ChartTheme.NewPlot();
        var inv = CultureInfo.InvariantCulture;
        var cohorts = cells.Select(c => c.Cohort).Distinct().Order().ToList();
        var maxMonths = cells.Count == 0 ? 1 : cells.Max(c => c.MonthsSince) + 1;
        foreach (var cell in cells)
        {
            var row = cohorts.Count - 1 - cohorts.IndexOf(cell.Cohort);
            var box = plot.Add.Rectangle(cell.MonthsSince, cell.MonthsSince + 1, row, row + 1);
            box.FillStyle.Color = ChartTheme.Primary.WithAlpha(0.08 + 0.92 * cell.Retention);
            box.LineStyle.Color = Colors.White;
            if (cohorts.Count <= 24 && maxMonths <= 24)
            {
                var label = plot.Add.Text((cell.Retention * 100).ToString("0", inv), cell.MonthsSince + 0.5, row + 0.5);
                label.LabelFontSize = 9;
                label.LabelAlignment = Alignment.MiddleCenter;
                label.LabelFontColor = cell.Retention > 0.5 ? Colors.White : Colors.Black;
            }
        }
        var step = Math.Max(1, cohorts.Count / 12);
        var rows = Enumerable.Range(0, cohorts.Count).Where(i => i % step == 0).ToArray();
        plot.Axes.Left.SetTicks(rows.Select(i => cohorts.Count - 1 - i + 0.5).ToArray(),
            rows.Select(i => cohorts[i].ToString("yyyy-MM", inv)).ToArray());
        var columns = Enumerable.Range(0, maxMonths).Where(i => i % Math.Max(1, maxMonths / 12) == 0).ToArray();
        plot.Axes.Bottom.SetTicks(columns.Select(i => i + 0.5).ToArray(), columns.Select(i => i.ToString(inv)).ToArray());
        plot.Axes.SetLimits(0, maxMonths, 0, Math.Max(1, cohorts.Count));
        plot.XLabel("Months since first purchase");
        plot.YLabel("First-purchase month");
        plot.Title("Cohort retention (% of the cohort ordering)");
        plot.Grid.IsVisible = false;
        return ChartTheme.ToSvg(plot, width, height);
    }
}
