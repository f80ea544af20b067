using System.Globalization;
using Insights.Reports.Charts;

namespace Insights.Reports.Pages.Intervals;

/// <summary>Histogram of the customers' median gap between purchase days, in days, in bins of 7 days (SVG).</summary>
public static class GapHistogramChart
{
    /// <summary>Counts per 7-day bin of the median gap (bin i: i×7 to i×7 + 6 days), 0..51, and 364 days or more in the last bar.</summary>
    public static long[] Bins(IEnumerable<CustomerGaps> gaps)
    {
        var bins = new long[53];
        foreach (var g in gaps)
            if (g.MedianGapDays is { } median) bins[Math.Min((int)(median / 7), 52)]++;
        return bins;
    }

    /// <summary>Renders the histogram; same data, same SVG.</summary>
    public static string Render(IReadOnlyList<long> bins, int width = 760, int height = 300)
    {
        var plot = ChartTheme.NewPlot();
        var bars = plot.Add.Bars(bins.Select(b => (double)b).ToArray());
        bars.Color = ChartTheme.Primary;
        foreach (var bar in bars.Bars) bar.Size = 0.9;
        var ticks = Enumerable.Range(0, bins.Count).Where(i => i % (width < ChartPicture.PhoneBreakpoint ? 13 : 4) == 0).ToArray();
        plot.Axes.Bottom.SetTicks(ticks.Select(i => (double)i).ToArray(),
            ticks.Select(i => i == 52 ? "364+" : (i * 7).ToString(CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Margins(bottom: 0);
        plot.XLabel("Median days between purchase days");
        plot.YLabel("Customers");
        plot.Title("How often customers buy (customers with two or more purchase days)");
        return ChartTheme.ToSvg(plot, width, height);
    }
}
