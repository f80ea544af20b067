using Insights.Reports.Pages.Loyalty;

namespace Insights.Tests.Reports.Pages.Loyalty;

/// <summary>The loyalty charts are pure functions of their numbers: same data, same SVG, with the labels the data gives.</summary>
public sealed class LoyaltyChartTests(LoyaltyWorld world) : IClassFixture<LoyaltyWorld>
{
    [Fact]
    public void Segment_map_names_every_segment_and_repeats_byte_for_byte()
    {
        var grid = world.Query.Rfm(world.Scope()).Grid;
        var map = world.Query.ScoreMap();

        var svg = SegmentMapChart.Render(grid, map);

        Assert.Equal(svg, SegmentMapChart.Render(grid, map));
        Assert.Equal(25, map.Count);
        foreach (var segment in map.Values.Distinct())
            Assert.Contains(segment.Replace("'", "&#39;"), svg.Replace("&apos;", "&#39;"));
    }

    [Fact]
    public void Cohort_heatmap_labels_each_cell_with_its_retention_percent()
    {
        var cells = world.Query.Cohorts(world.Scope()).Cells;

        var svg = CohortHeatmapChart.Render(cells);

        Assert.Equal(svg, CohortHeatmapChart.Render(cells));
        Assert.Matches(@">\s*50\s*</text>", svg);   // January cohort, month 2: 1 of 2
        Assert.Contains("2024-01", svg);
    }
}
