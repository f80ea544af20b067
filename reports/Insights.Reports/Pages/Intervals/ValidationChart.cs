using System.Globalization;
using Insights.Reports.Charts;

namespace Insights.Reports.Pages.Intervals;

/// <summary>Hold-out validation as grouped bars: actual vs predicted mean purchases per calibration frequency (SVG).</summary>
public static class ValidationChart
{
    /// <summary>Renders the buckets (the "all" row is left out; the page states it in words); same data, same SVG.</summary>
    public static string Render(IReadOnlyList<ValidationBucket> buckets, string unit, int width = 760, int height = 320)
    {
        var rows = buckets.Where(b => b.Frequency != "all").ToList();
        var plot = ChartTheme.NewPlot();
        var actual = plot.Add.Bars(rows.Select((_, i) => i - 0.2).ToArray(), rows.Select(b => b.ActualMean).ToArray());
        actual.Color = ChartTheme.Primary;
        actual.LegendText = "Actual";
        var predicted = plot.Add.Bars(rows.Select((_, i) => i + 0.2).ToArray(), rows.Select(b => b.PredictedMean).ToArray());
        predicted.Color = ScottPlot.Color.FromHex("#d9822b");
        predicted.LegendText = "Predicted (BG/NBD)";
        foreach (var bar in actual.Bars.Concat(predicted.Bars)) bar.Size = 0.4;
        plot.Axes.Bottom.SetTicks(rows.Select((_, i) => (double)i).ToArray(), rows.Select(b => b.Frequency).ToArray());
        plot.Axes.Margins(bottom: 0);
        plot.XLabel("Repeat purchases in the calibration period");
        plot.YLabel("Mean purchases in the hold-out");
        plot.Title(string.Create(CultureInfo.InvariantCulture, $"Hold-out purchases per customer: actual vs predicted ({unit})"));
        plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
        return ChartTheme.ToSvg(plot, width, height);
    }
}
