using Insights.Reports.Charts;
using Insights.Reports.Pages.Overview;

namespace Insights.Tests.Reports.Pages.Overview;

public sealed class RevenueByMonthChartTests
{
    static readonly MonthRevenue[] Months =
    [
        new(new DateOnly(2024, 1, 1), 1, 1, 28.00m), new(new DateOnly(2024, 2, 1), 1, 1, 10.00m), new(new DateOnly(2024, 3, 1), 1, 1, 4.00m),
    ];

    [Fact]
    public void Same_data_gives_the_same_svg() =>
        Assert.Equal(RevenueByMonthChart.Render(Months), RevenueByMonthChart.Render(Months));

    [Fact]
    public void Chart_has_its_title_and_month_labels_in_the_sans_font()
    {
        var svg = RevenueByMonthChart.Render(Months);
        Assert.Contains("<svg", svg);
        Assert.Contains("Completed net revenue by month", svg);
        Assert.Contains("Jan 24", svg);
        Assert.Contains(ChartTheme.FontName, svg);
    }

    [Fact]
    public void Font_is_installed_so_png_exports_have_text() =>
        Assert.Contains(ChartTheme.FontName, SkiaSharp.SKFontManager.Default.FontFamilies);
}
