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

    [Fact]
    public void Category_chart_draws_eight_lines_told_apart_without_colour_and_names_the_four_it_leaves_out()
    {
        // twelve categories, the k-th with 100 + k repeat purchases: "c11" … "c04" have the most, "c00" … "c03" are left out
        var cycles = Enumerable.Range(0, 12).Select(k =>
        {
            var weeks = Enumerable.Range(0, 27).Select(w => (long)((w + k) % 5 + 1)).ToArray();
            weeks[0] += 100 + k - weeks.Sum();
            return new CategoryCycle($"c{k:00}", weeks.Sum(), 30, 10, 25, 40, weeks);
        }).ToList();

        var svg = CategoryCycleChart.Render(cycles);
        var described = CategoryCycleChart.Describe(cycles);

        Assert.Equal(["c11", "c10", "c09", "c08", "c07", "c06", "c05", "c04"], CategoryCycleChart.Shown(cycles).Select(c => c.Category));
        Assert.All(CategoryCycleChart.Shown(cycles), c => Assert.Matches($">\\s*{c.Category}\\s*<", svg));
        Assert.DoesNotMatch(">\\s*c03\\s*<", svg);
        Assert.Contains("It leaves out 4 (c00, c01, c02, c03)", described);
        // eight different line colours (no two oranges)...
        var colours = System.Text.RegularExpressions.Regex.Matches(svg, "(?:stroke|fill)=\"(#[0-9A-Fa-f]{6})\"")
            .Select(m => m.Groups[1].Value.ToUpperInvariant()).Where(c => c is not "#E5E5E5" and not "#FFFFFF" and not "#000000").Distinct().ToList();
        Assert.True(colours.Count >= 8, string.Join(", ", colours));
        // ...and every other line dashed: the SVG draws a dashed line as many filled dash segments in its colour
        var dashes = System.Text.RegularExpressions.Regex.Matches(svg, "<path fill=\"(#[0-9A-Fa-f]{6})\" d=\"([^\"]*)\"")
            .Where(m => m.Groups[2].Value.Count(ch => ch == 'Z') > 20).Select(m => m.Groups[1].Value).Distinct().Count();
        Assert.True(dashes >= 4, $"{dashes} dashed lines");
    }

    [Theory]
    [InlineData(0, 26, "0–6")]
    [InlineData(1, 26, "7–13")]
    [InlineData(26, 26, "182+")]
    [InlineData(52, 52, "364+")]
    public void Bins_are_named_in_days(int bin, int last, string label) => Assert.Equal(label, CategoryCycleChart.BinLabel(bin, last));
}
