using System.Globalization;
using Insights.Reports.Charts;

namespace Insights.Reports.Pages.Service.Complaints;

/// <summary>Complaints per 1,000 completed orders by the breakdown's groups, as bars (groups without a denominator are left out).</summary>
public static class ComplaintsChart
{
    /// <summary>Renders the groups that have a rate; the same rows always give the same SVG.</summary>
    public static string Render(ComplaintsResult result, int width = 760, int height = 320)
    {
        var plot = ChartTheme.NewPlot();
        var rated = result.Groups.Where(g => g.RatePer1000Orders is not null).ToList();
        if (rated.Count > 0)
        {
            var bars = plot.Add.Bars(rated.Select(g => g.RatePer1000Orders!.Value).ToArray());
            bars.Color = ChartTheme.Primary;
            plot.Axes.Bottom.SetTicks(Enumerable.Range(0, rated.Count).Select(i => (double)i).ToArray(), [.. rated.Select(g => g.Group)]);
            plot.Axes.Bottom.TickLabelStyle.Rotation = -40;
            plot.Axes.Bottom.TickLabelStyle.Alignment = ScottPlot.Alignment.MiddleRight;
            plot.Axes.Bottom.MinimumSize = 90;
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
            {
                LabelFormatter = v => v.ToString("0.#", CultureInfo.InvariantCulture),
            };
            plot.Axes.Margins(bottom: 0);
        }
        plot.YLabel("Complaints per 1,000 orders");
        plot.Title("Complaints per 1,000 completed orders by " + result.By.Replace('-', ' '));
        return ChartTheme.ToSvg(plot, width, height);
    }
}
