using Insights.Reports.Charts;

namespace Insights.Reports.Pages.Loyalty;

/// <summary>The loyalty page's charts by name, drawn from a view's cached numbers and rendered once per filter and warehouse state.</summary>
public static class LoyaltyCharts
{
    /// <summary>Every chart name: the RFM tab's segment map and the cohorts tab's heatmap.</summary>
    public static IReadOnlyList<string> Names { get; } = ["segment-map", "cohort-heatmap"];

    /// <summary>The wide drawing's size of each chart (the phone drawing is <see cref="ChartPicture.PhoneWidth"/> wide).</summary>
    public static (int Width, int Height) SizeOf(string name) => name == "segment-map" ? (640, 520) : (760, 420);

    /// <summary>
    /// The SVG of chart <paramref name="name"/> under <paramref name="scope"/>, drawn wide or for a phone
    /// (<paramref name="phone"/>: its text keeps its size at 390 px, see <see cref="ChartPicture"/>), or null for an unknown name.
    /// </summary>
    public static string? Svg(LoyaltyQuery query, LoyaltyScope scope, string? name, bool phone = false)
    {
        if (name is not ("segment-map" or "cohort-heatmap")) return null;
        var (width, height) = SizeOf(name);
        if (phone) (width, height) = (ChartPicture.PhoneWidth, ChartPicture.PhoneHeight(height));
        return name switch
        {
            "segment-map" => query.Rendered(scope, $"{name}|{width}", () => SegmentMapChart.Render(query.Rfm(scope).Grid, query.ScoreMap(), width, height)),
            _ => query.Rendered(scope, $"{name}|{width}", () => CohortHeatmapChart.Render(query.Cohorts(scope).Cells, width, height)),
        };
    }
}
