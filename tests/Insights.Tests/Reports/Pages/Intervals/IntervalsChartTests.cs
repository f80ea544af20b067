using Insights.Reports.Pages.Intervals;

namespace Insights.Tests.Reports.Pages.Intervals;

/// <summary>The interval charts are pure functions: same data, same SVG; they carry their titles and survive empty data.</summary>
public sealed class IntervalsChartTests
{
    static readonly ValidationBucket[] Buckets =
    [
        new("0", 100, 0.2, 0.25), new("1", 40, 0.8, 0.6), new("7+", 5, 6.5, 6.0), new("all", 145, 0.5, 0.46),
    ];

    [Fact]
    public void Validation_chart_is_deterministic_and_titled()
    {
        var first = ValidationChart.Render(Buckets, "weeks");
        var second = ValidationChart.Render(Buckets, "weeks");

        Assert.Equal(first, second);
        Assert.Contains("<svg", first);
        Assert.Contains("Hold-out purchases per customer: actual vs predicted (weeks)", first);
        Assert.Contains("Predicted (BG/NBD)", first);
    }

    [Fact]
    public void Gap_histogram_bins_median_gaps_by_week_with_an_open_last_bin()
    {
        CustomerGaps Gap(int id, double? median) => new(id, 3, median, median, 0, 10, 20, 60, new DateOnly(2024, 1, 1));

        // 6 days -> week 0; 7 and 13 days -> week 1; 400 days -> the 52+ bin; a single purchase day has no gap
        var bins = GapHistogramChart.Bins([Gap(1, 6), Gap(2, 7), Gap(3, 13), Gap(4, 400), Gap(5, null)]);

        Assert.Equal(53, bins.Length);
        Assert.Equal(1, bins[0]);
        Assert.Equal(2, bins[1]);
        Assert.Equal(1, bins[52]);
        Assert.Equal(4, bins.Sum());
        Assert.Equal(GapHistogramChart.Render(bins), GapHistogramChart.Render(bins));
    }

    [Fact]
    public void Category_chart_renders_with_and_without_categories()
    {
        var weeks = Enumerable.Range(0, 27).Select(w => (long)(27 - w)).ToArray();
        var cycles = new[] { new CategoryCycle("coffee", weeks.Sum(), 30, 10, 25, 40, weeks) };

        Assert.Contains("coffee", CategoryCycleChart.Render(cycles));
        Assert.Contains("Replenishment cycle by category", CategoryCycleChart.Render([]));
    }
}
