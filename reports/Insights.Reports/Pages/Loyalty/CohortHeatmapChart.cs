using System.Globalization;
using Insights.Reports.Charts;
using ScottPlot;

namespace Insights.Reports.Pages.Loyalty;

/// <summary>Cohort retention as a heatmap: one row per first-purchase month (oldest on top), one column per month since,
/// darker = more of the cohort ordered in that month (SVG; the same data always gives the same SVG).</summary>
public static class CohortHeatmapChart
{
    /// <summary>
    /// Renders the triangle; month 0 is 100% by definition and is drawn like the others. A phone drawing (narrower than
    /// <see cref="ChartPicture.PhoneBreakpoint"/>) labels its cells in 11 px text, and only when a cell is wide enough for "100".
    /// </summary>
    public static string Render(IReadOnlyList<CohortCell> cells, int width = 760, int height = 420)
    {
        var plot = ChartTheme.NewPlot();
        var inv = CultureInfo.InvariantCulture;
        var cohorts = cells.Select(c => c.Cohort).Distinct().Order().ToList();
        var maxMonths = cells.Count == 0 ? 1 : cells.Max(c => c.MonthsSince) + 1;
        var phone = width < ChartPicture.PhoneBreakpoint;
        // a phone's cells are ~240 px / months wide: 11 px "100" needs about 24 of them; the table below has every number
        var labelled = cohorts.Count <= 24 && maxMonths <= 24 && (!phone || (width - 120) / maxMonths >= 24);
        HeatCells.Add(plot, cells.Select(c => new HeatCell(cohorts.Count - 1 - cohorts.IndexOf(c.Cohort), c.MonthsSince,
            c.Retention, labelled ? HeatCells.Percent(c.Retention) : null)).ToList(), cohorts.Count, maxMonths, phone ? 11 : 9);
        var step = Math.Max(1, cohorts.Count / (phone ? 8 : 12));
        var rows = Enumerable.Range(0, cohorts.Count).Where(i => i % step == 0).ToArray();
        plot.Axes.Left.SetTicks(rows.Select(i => cohorts.Count - 1 - i + 0.5).ToArray(),
            rows.Select(i => cohorts[i].ToString("yyyy-MM", inv)).ToArray());
        var columns = Enumerable.Range(0, maxMonths).Where(i => i % Math.Max(1, maxMonths / (phone ? 6 : 12)) == 0).ToArray();
        plot.Axes.Bottom.SetTicks(columns.Select(i => i + 0.5).ToArray(), columns.Select(i => i.ToString(inv)).ToArray());
        plot.XLabel("Months since first purchase");
        plot.YLabel("First-purchase month");
        plot.Title(phone ? "Cohort retention (%)" : "Cohort retention (% of the cohort ordering)");
        return ChartTheme.ToSvg(plot, width, height);
    }
}
