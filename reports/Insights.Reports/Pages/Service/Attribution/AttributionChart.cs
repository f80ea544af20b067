using Insights.Reports.Charts;
using ScottPlot;

namespace Insights.Reports.Pages.Service.Attribution;

/// <summary>Per channel and direction, the share of contacts followed by an order beside the control days' baseline (SVG).</summary>
public static class AttributionChart
{
    /// <summary>Renders the rows; the same rows always give the same SVG.</summary>
    public static string Render(AttributionResult result, int width = 760, int height = 340)
    {
        var plot = ChartTheme.NewPlot();
        var rows = result.Rows.Where(r => r.Share is not null).ToList();
        var after = new List<Bar>();
        var baseline = new List<Bar>();
        for (var i = 0; i < rows.Count; i++)
        {
            after.Add(new Bar { Position = i * 3, Value = 100 * rows[i].Share!.Value, FillColor = ChartTheme.Primary });
            baseline.Add(new Bar { Position = i * 3 + 1, Value = 100 * (rows[i].Baseline ?? 0), FillColor = Color.FromHex("#d9822b") });
        }
        plot.Add.Bars(after).LegendText = $"Contacts followed by an order within {result.Days} days";
        plot.Add.Bars(baseline).LegendText = "Same customers' control days (baseline)";
        plot.Axes.Bottom.SetTicks(rows.Select((_, i) => i * 3 + 0.5).ToArray(), rows.Select(r => $"{r.ChannelName} {r.Direction}").ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = -30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 90;
        plot.Axes.Margins(bottom: 0);
        plot.YLabel("%");
        plot.Title("Orders within the window: after a contact vs. the baseline");
        if (rows.Count > 0) plot.ShowLegend(Alignment.UpperRight);
        return ChartTheme.ToSvg(plot, width, height);
    }
}
