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
        var labelled = cohorts.Count <= 24 && maxMonths <= 24;
        HeatCells.Add(plot, cells.Select(c => new HeatCell(cohorts.Count - 1 - cohorts.IndexOf(c.Cohort), c.MonthsSince,
            c.Retention, labelled ? HeatCells.Percent(c.Retention) : null)).ToList(), cohorts.Count, maxMonths);
        var step = Math.Max(1, cohorts.Count / 12);
        var rows = Enumerable.Range(0, cohorts.Count).Where(i => i % step == 0).ToArray();
        plot.Axes.Left.SetTicks(rows.Select(i => cohorts.Count - 1 - i + 0.5).ToArray(),
            rows.Select(i => cohorts[i].ToString("yyyy-MM", inv)).ToArray());
        var columns = Enumerable.Range(0, maxMonths).Where(i => i % Math.Max(1, maxMonths / 12) == 0).ToArray();
        plot.Axes.Bottom.SetTicks(columns.Select(i => i + 0.5).ToArray(), columns.Select(i => i.ToString(inv)).ToArray());
        plot.XLabel("Months since first purchase");
        plot.YLabel("First-purchase month");
        plot.Title("Cohort retention (% of the cohort ordering)");
        return ChartTheme.ToSvg(plot, width, height);
    }
}
