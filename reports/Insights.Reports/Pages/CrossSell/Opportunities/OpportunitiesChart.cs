using Insights.Reports.Charts;

namespace Insights.Reports.Pages.CrossSell.Opportunities;

/// <summary>Revenue at stake per product category from complaints and returns, as horizontal bars (largest on top).</summary>
public static class OpportunitiesChart
{
    /// <summary>Renders the signals; the same data always gives the same SVG.</summary>
    public static string Render(IReadOnlyList<ComplaintSignal> signals, int width = 760, int height = 320)
    {
        var plot = ChartTheme.NewPlot();
        var top = signals.Take(12).Reverse().ToList();
        if (top.Count > 0)
        {
            var bars = plot.Add.Bars(top.Select(s => s.NetAmount).ToArray());
            bars.Horizontal = true;
            bars.Color = ChartTheme.Primary;
            plot.Axes.Left.SetTicks(Enumerable.Range(0, top.Count).Select(i => (double)i).ToArray(), top.Select(s => s.Category).ToArray());
            plot.Axes.Margins(left: 0);
        }
        plot.XLabel("Net spend of the customers who complained or returned");
        plot.Title("Revenue at stake by product category");
        return ChartTheme.ToSvg(plot, width, height);
    }
}
