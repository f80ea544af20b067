using Insights.Reports.Charts;

namespace Insights.Reports.Pages.Service.Returns;

/// <summary>The monthly trend: quantity return rate and refund rate per month of sale (%).</summary>
public static class ReturnsChart
{
    /// <summary>
    /// Renders the months; the same rows always give the same SVG. The month labelled <paramref name="running"/> (yyyy-MM, still
    /// running "today") is shaded and named "so far": its rates are early, and they grow as its returns arrive.
    /// </summary>
    public static string Render(IReadOnlyList<ReturnRow> months, string? running = null, int width = 760, int height = 320)
    {
        var plot = ChartTheme.NewPlot();
        if (months.Count > 0)
        {
            var xs = Enumerable.Range(0, months.Count).Select(i => (double)i).ToArray();
            var quantity = plot.Add.Scatter(xs, months.Select(m => (m.QuantityRate ?? 0) * 100).ToArray());
            quantity.Color = ChartTheme.Primary;
            quantity.LegendText = "returned quantity / sold quantity";
            var refund = plot.Add.Scatter(xs, months.Select(m => (m.RefundRate ?? 0) * 100).ToArray());
            refund.Color = ScottPlot.Color.FromHex("#d1495b");
            refund.LegendText = "refund / net sales";
            var at = months.Select(m => m.Label).ToList().IndexOf(running ?? "");
            if (at >= 0)
            {
                var span = plot.Add.HorizontalSpan(at - 0.5, at + 0.5);
                span.FillStyle.Color = ScottPlot.Color.FromHex("#000000").WithAlpha(0.08);
                span.LineStyle.Width = 0;
            }
            plot.Axes.Bottom.SetTicks(xs, [.. months.Select(m => m.Label == running ? m.Label + " (so far)" : m.Label)]);
            plot.Axes.Bottom.TickLabelStyle.Rotation = -40;
            plot.Axes.Bottom.TickLabelStyle.Alignment = ScottPlot.Alignment.MiddleRight;
            plot.Axes.Bottom.MinimumSize = 60;
            plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
        }
        plot.YLabel("Return rate (%)");
        plot.Title("Return rate by month of sale");
        return ChartTheme.ToSvg(plot, width, height);
    }
}
