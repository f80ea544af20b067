using Insights.Reports.Charts;

namespace Insights.Reports.Pages.CrossSell.Rules;

/// <summary>Rules as points: support (x) against confidence (y), the highest-lift tenth drawn in the primary colour.</summary>
public static class RulesChart
{
    /// <summary>Renders the rules; the same rules always give the same SVG.</summary>
    public static string Render(IReadOnlyList<RuleRow> rules, int width = 760, int height = 360)
    {
        var plot = ChartTheme.NewPlot();
        if (rules.Count > 0)
        {
            var cut = rules.Select(r => r.Lift).OrderDescending().ElementAt(Math.Max(0, rules.Count / 10 - 1));
            var high = rules.Where(r => r.Lift >= cut).ToList();
            var rest = rules.Where(r => r.Lift < cut).ToList();
            if (rest.Count > 0)
            {
                var others = plot.Add.ScatterPoints(rest.Select(r => r.Support).ToArray(), rest.Select(r => r.Confidence).ToArray());
                others.Color = ScottPlot.Color.FromHex("#9bb7cc");
                others.LegendText = "rules";
            }
            var top = plot.Add.ScatterPoints(high.Select(r => r.Support).ToArray(), high.Select(r => r.Confidence).ToArray());
            top.Color = ChartTheme.Primary;
            top.LegendText = "highest lift (top 10%)";
            plot.ShowLegend(ScottPlot.Alignment.LowerRight);
        }
        plot.XLabel("Support (share of baskets)");
        plot.YLabel("Confidence");
        plot.Title("Association rules: support against confidence");
        return ChartTheme.ToSvg(plot, width, height);
    }
}
