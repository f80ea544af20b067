using System.Globalization;
using Insights.Reports.Charts;

namespace Insights.Reports.Pages.Overview;

/// <summary>Completed net revenue per month as a bar chart (SVG); a month still running is drawn pale and labelled "so far".</summary>
public static class RevenueByMonthChart
{
    /// <summary>Renders the series; the same data always gives the same SVG.</summary>
    public static string Render(IReadOnlyList<MonthRevenue> months, int width = 760, int height = 320)
    {
        var plot = ChartTheme.NewPlot();
        plot.Add.Bars(months.Select((m, i) => new ScottPlot.Bar
        {
            Position = i,
            Value = (double)m.NetRevenue,
            FillColor = m.IsPartial ? ChartTheme.Primary.WithAlpha(0.35) : ChartTheme.Primary,
            LineColor = ChartTheme.Primary,
        }).ToList());
        // every third month, and the month still running whatever its position, named "so far"
        var positions = Enumerable.Range(0, months.Count).Where(i => i % 3 == 0 || months[i].IsPartial).ToArray();
        plot.Axes.Bottom.SetTicks(positions.Select(i => (double)i).ToArray(),
            positions.Select(i => months[i].Month.ToString("MMM yy", CultureInfo.InvariantCulture) + (months[i].IsPartial ? " (so far)" : "")).ToArray());
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => v.ToString("#,0", CultureInfo.InvariantCulture),
        };
        plot.Axes.Margins(bottom: 0);
        plot.YLabel("Net revenue");
        plot.Title("Completed net revenue by month");
        return ChartTheme.ToSvg(plot, width, height);
    }
}
