using System.Globalization;
using Insights.Reports.Charts;
using ScottPlot;

namespace Insights.Reports.Pages.Service.Channels;

/// <summary>Contacts per month, stacked by channel (SVG).</summary>
public static class ChannelsChart
{
    static readonly string[] Palette = ["#2f6690", "#d9822b", "#3a7d44", "#9d4edd", "#c0392b", "#16a085", "#7f8c8d", "#b8860b",
        "#1f3b4d", "#e377c2", "#8c564b", "#bcbd22"];

    /// <summary>
    /// Renders the month × channel cells; the same cells always give the same SVG. The month <paramref name="running"/> (still
    /// running "today") is drawn pale and named "so far" whatever its position.
    /// </summary>
    public static string Render(ChannelsResult result, DateOnly? running = null, int width = 760, int height = 340)
    {
        var plot = ChartTheme.NewPlot();
        var months = result.ChartMonths;
        // channels in the table's order (most contacts first), each a series stacked on the ones before it
        var channels = result.Channels.OrderByDescending(c => c.Contacts).ThenBy(c => c.Channel, StringComparer.Ordinal).ToList();
        var stackTop = new double[months.Count];
        for (var i = 0; i < channels.Count; i++)
        {
            var channel = channels[i];
            var color = Color.FromHex(Palette[i % Palette.Length]);
            var bars = new List<Bar>();
            for (var m = 0; m < months.Count; m++)
            {
                var contacts = result.MonthChannels.Where(c => c.Month == months[m] && c.Channel == channel.Channel).Sum(c => c.Contacts);
                if (contacts == 0) continue;
                bars.Add(new Bar
                {
                    Position = m, ValueBase = stackTop[m], Value = stackTop[m] + contacts,
                    FillColor = months[m] == running ? color.WithAlpha(0.35) : color, LineColor = color,
                });
                stackTop[m] += contacts;
            }
            var series = plot.Add.Bars(bars);
            series.LegendText = channel.ChannelName;
        }
        var step = Math.Max(1, (int)Math.Ceiling(months.Count / 12.0));
        var ticks = Enumerable.Range(0, months.Count).Where(i => i % step == 0 || months[i] == running).ToArray();
        plot.Axes.Bottom.SetTicks(ticks.Select(i => (double)i).ToArray(),
            ticks.Select(i => months[i].ToString("MMM yy", CultureInfo.InvariantCulture) + (months[i] == running ? " (so far)" : "")).ToArray());
        plot.Axes.Margins(bottom: 0);
        plot.YLabel("Contacts");
        plot.Title("Contacts per month by channel");
        if (channels.Count > 0) plot.ShowLegend(Alignment.UpperRight);
        return ChartTheme.ToSvg(plot, width, height);
    }
}
