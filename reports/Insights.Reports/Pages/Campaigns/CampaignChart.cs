using Insights.Reports.Charts;
using ScottPlot;

namespace Insights.Reports.Pages.Campaigns;

/// <summary>Net revenue per customer in the window, treatment beside control (SVG); the difference's interval is in the table.</summary>
public static class CampaignChart
{
    /// <summary>Renders the readout's two groups; the same readout always gives the same SVG.</summary>
    public static string Render(CampaignReadout readout, int width = 560, int height = 320)
    {
        var plot = ChartTheme.NewPlot();
        var groups = new[] { readout.Treatment, readout.Control }.OfType<CampaignGroup>().ToList();
        var colours = new[] { ChartTheme.Primary, Color.FromHex("#d9822b") };
        plot.Add.Bars(groups.Select((g, i) => new Bar { Position = i, Value = g.RevenuePerCustomer ?? 0, FillColor = colours[i] }).ToList());
        plot.Axes.Bottom.SetTicks(groups.Select((_, i) => (double)i).ToArray(),
            groups.Select(g => $"{g.Group} ({g.Customers.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)})").ToArray());
        plot.Axes.Margins(bottom: 0);
        plot.YLabel("Net revenue per customer");
        plot.Title("Net revenue per customer within the window");
        return ChartTheme.ToSvg(plot, width, height);
    }
}
