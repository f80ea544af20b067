namespace Insights.Reports.Pages.Loyalty;

/// <summary>The loyalty page's charts by name, drawn from a view's cached numbers and rendered once per filter and warehouse state.</summary>
public static class LoyaltyCharts
{
    /// <summary>Every chart name: the RFM tab's segment map and the cohorts tab's heatmap.</summary>
    public static IReadOnlyList<string> Names { get; } = ["segment-map", "cohort-heatmap"];

    /// <summary>The SVG of chart <paramref name="name"/> under <paramref name="scope"/>, or null for an unknown name.</summary>
    public static string? Svg(LoyaltyQuery query, LoyaltyScope scope, string? name) => name switch
    {
        "segment-map" => query.Rendered(scope, name, () => SegmentMapChart.Render(query.Rfm(scope).Grid, query.ScoreMap())),
        "cohort-heatmap" => query.Rendered(scope, name, () => CohortHeatmapChart.Render(query.Cohorts(scope).Cells)),
        _ => null,
    };
}
