using Insights.Reports.Pages.Intervals;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Intervals;

/// <summary>
/// The category section of the page's default view is read as the after-load scores step kept it (migration 0074), with the
/// cycles and overdue customers the live computation gives; a view the kept fit does not answer is computed.
/// </summary>
public sealed class IntervalsMartCategoriesTests(IntervalsPageTests.LoadedSite site) : IClassFixture<IntervalsPageTests.LoadedSite>
{
    IntervalsQuery Query => site.Factory.Services.GetRequiredService<IntervalsQuery>();

    static string Cycle(CategoryCycle c) => $"{string.Join("|", c.CsvCells())}|{string.Join(",", c.GapsPerWeek)}";

    static string Overdue(CategoryOverdue o) => string.Join("|", o.CsvCells());

    [Fact]
    public void The_default_views_categories_come_from_the_mart_with_the_live_rows()
    {
        var filter = new IntervalsFilter { Section = "categories", Limit = IntervalsQuery.MaxListed };
        var settings = Query.Resolve(filter) ?? throw new InvalidOperationException("no purchases");
        var (cycles, overdue) = Query.CategorySection(settings);

        var kept = Query.Run(filter);

        Assert.True(kept.CategoriesKept);
        Assert.NotEmpty(cycles);
        Assert.True(overdue.Count > 100, $"{overdue.Count} overdue category buyers: too few to compare");
        Assert.Equal(cycles.Select(Cycle), kept.Categories.Select(Cycle));
        Assert.Equal(overdue.Take(IntervalsQuery.MaxListed).Select(Overdue), kept.CategoryOverdue.Select(Overdue));
        // a shorter list is the kept list's first rows
        Assert.Equal(overdue.Take(7).Select(Overdue), Query.Run(filter with { Limit = 7 }).CategoryOverdue.Select(Overdue));
    }

    [Fact]
    public void A_view_the_kept_fit_does_not_answer_is_computed()
    {
        foreach (var filter in new[]
                 {
                     new IntervalsFilter { Section = "categories", OverdueFactor = 3 },
                     new IntervalsFilter { Section = "categories", CalibrationEnd = new DateOnly(1997, 12, 31) },
                 })
        {
            var settings = Query.Resolve(filter) ?? throw new InvalidOperationException("no purchases");
            var (cycles, overdue) = Query.CategorySection(settings);

            var result = Query.Run(filter);

            Assert.False(result.CategoriesKept);
            Assert.Equal(cycles.Select(Cycle), result.Categories.Select(Cycle));
            Assert.Equal(overdue.Take(filter.Limit).Select(Overdue), result.CategoryOverdue.Select(Overdue));
        }
    }
}
