using Insights.Reports.Pages.Loyalty;

namespace Insights.Tests.Reports.Pages.Loyalty;

public sealed class CohortPartialMonthTests
{
    static readonly CohortCell JanuaryCohortTwoMonthsOn = new(new DateOnly(2024, 1, 1), MonthsSince: 2, CohortSize: 10, Active: 1);

    [Fact]
    public void A_cell_of_the_month_the_as_of_day_falls_in_is_partial()
    {
        Assert.Equal(new DateOnly(2024, 3, 1), JanuaryCohortTwoMonthsOn.Month);
        Assert.True(JanuaryCohortTwoMonthsOn.IsPartialAt(new DateOnly(2024, 3, 6)));
    }

    [Theory]
    [InlineData(2024, 3, 31)]   // the month's last day: the month is whole
    [InlineData(2024, 4, 6)]    // a later month
    [InlineData(2024, 2, 28)]   // an earlier month
    public void Other_cells_are_whole(int year, int month, int day) =>
        Assert.False(JanuaryCohortTwoMonthsOn.IsPartialAt(new DateOnly(year, month, day)));
}
