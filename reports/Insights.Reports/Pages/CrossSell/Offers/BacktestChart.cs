using System.Globalization;
using Insights.Reports.Charts;

namespace Insights.Reports.Pages.CrossSell.Offers;

/// <summary>The backtest's hit rates as bars (top 1 and top 3 per method) with their 95% Wilson intervals as whiskers.</summary>
public static class BacktestChart
{
    /// <summary>Renders the backtest; the same result always gives the same SVG.</summary>
    public static string Render(BacktestResult result, int width = 720, int height = 340)
    {
        var plot = ChartTheme.NewPlot();
        var methods = BacktestResult.Methods;
        for (var t = 0; t < 2; t++)
        {
            var top = t == 0 ? 1 : 3;
            var bars = methods.Select((m, i) =>
            {
                var line = result.Line(m, top);
                return new ScottPlot.Bar { Position = i * 3 + t, Value = line.HitRate * 100, FillColor = t == 0 ? ChartTheme.Primary : ScottPlot.Color.FromHex("#9bb7cc") };
            }).ToList();
            var added = plot.Add.Bars(bars);
            added.LegendText = top == 1 ? "top 1" : "top 3";
            for (var i = 0; i < methods.Count; i++)
            {
                var line = result.Line(methods[i], top);
                var whisker = plot.Add.Line(i * 3 + t, line.HitRateLow * 100, i * 3 + t, line.HitRateHigh * 100);
                whisker.Color = ScottPlot.Colors.Black;
                whisker.LineWidth = 1.5f;
            }
        }
        plot.Axes.Bottom.SetTicks(methods.Select((_, i) => i * 3 + 0.5).ToArray(), [.. methods]);
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(ScottPlot.Alignment.UpperRight);
        plot.YLabel("Customers who bought an offered item (%)");
        plot.Title(string.Create(CultureInfo.InvariantCulture, $"Hit rate in the {result.Horizon} days after {result.Cutoff:yyyy-MM-dd}, with 95% intervals"));
        return ChartTheme.ToSvg(plot, width, height);
    }
}
