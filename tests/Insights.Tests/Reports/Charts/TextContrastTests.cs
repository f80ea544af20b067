using Insights.Reports.Charts;
using Insights.Reports.Pages.Loyalty;
using ScottPlot;

namespace Insights.Tests.Reports.Charts;

public sealed class TextContrastTests
{
    [Theory]
    // hand-computed with WCAG 2.1's relative luminance: white 1.0, black 0.0, #1b7837 0.1395, #777777 0.1845
    [InlineData("#ffffff", "#000000", 21.0)]
    [InlineData("#1b7837", "#000000", 3.79)]
    [InlineData("#1b7837", "#ffffff", 5.54)]
    [InlineData("#777777", "#ffffff", 4.48)]
    public void Ratio_follows_wcag_2_1(string a, string b, double expected) =>
        Assert.Equal(expected, TextContrast.Ratio(Color.FromHex(a), Color.FromHex(b)), 2);

    [Fact]
    public void White_goes_on_dark_green_and_black_on_pale_yellow()
    {
        Assert.Equal(Colors.White, TextContrast.On(Color.FromHex("#1b7837")));
        Assert.Equal(Colors.Black, TextContrast.On(Color.FromHex("#fee08b")));
    }

    [Fact]
    public void Every_segment_map_label_reaches_4_5_to_1()
    {
        foreach (var (segment, hex) in SegmentMapChart.Colours)
        {
            var fill = Color.FromHex(hex);
            var ratio = TextContrast.Ratio(fill, TextContrast.On(fill));
            Assert.True(ratio >= 4.5, $"{segment} ({hex}): {ratio:0.00}:1");
        }
    }
}
