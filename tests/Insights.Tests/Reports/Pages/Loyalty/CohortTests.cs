using Insights.Reports.Pages.Loyalty;

namespace Insights.Tests.Reports.Pages.Loyalty;

/// <summary>Cohort retention and repeat purchase (README: Cohorts).</summary>
public sealed class CohortTests(LoyaltyWorld world) : IClassFixture<LoyaltyWorld>
{
    [Fact]
    public void Cohorts_count_active_customers_by_months_since_first_purchase()
    {
        var cells = world.Query.Cohorts(world.Scope()).Cells;

        // six cohorts, January (6 months to June) down to June (1): 6 + 5 + 4 + 3 + 2 + 1 cells
        Assert.Equal(21, cells.Count);
        long[] Active(int month) => cells.Where(c => c.Cohort == new DateOnly(2024, month, 1)).OrderBy(c => c.MonthsSince)
            .Select(c => c.Active).ToArray();
        Assert.Equal([2, 0, 1, 0, 0, 1], Active(1));      // customers 1 and 3; customer 1 again in March and June
        Assert.Equal([1, 0, 0, 0, 1], Active(2));         // customer 2: February, June
        Assert.Equal([1, 1, 0, 0], Active(3));            // customer 5: March, April
        Assert.Equal([1, 0, 0], Active(4));               // customer 7: two orders on one day
        Assert.Equal([1, 0], Active(5));                  // customer 4: a cohort with no returners
        Assert.Equal([1], Active(6));
        var january = Assert.Single(cells, c => c.Cohort == new DateOnly(2024, 1, 1) && c.MonthsSince == 2);
        Assert.Equal((2L, 0.5), (january.CohortSize, january.Retention));
    }

    [Fact]
    public void Repeat_rate_and_days_to_second_purchase_count_purchase_days()
    {
        var repeat = world.Query.Cohorts(world.Scope()).Repeat;

        // customers 1, 2, 5; customer 7's two orders on one day are one purchase (by orders: 4 of 7)
        Assert.Equal((7L, 3L), (repeat.Customers, repeat.RepeatCustomers));
        Assert.Equal(3.0 / 7, repeat.RepeatRate, 9);
        // days to the second purchase day: 65 (1), 14 (2), 32 (5); by orders 7 would add a 0 (mean 27.75, median 23)
        Assert.Equal(111.0 / 3, repeat.AvgDaysToSecond!.Value, 9);
        Assert.Equal(32.0, repeat.MedianDaysToSecond);
    }

    [Fact]
    public void Repeat_drill_down_lists_the_customers_with_two_or_more_purchase_days()
    {
        var repeaters = world.Query.Customers(world.Scope(), new LoyaltySelection { Repeat = true });
        Assert.Equal([1, 2, 5], repeaters.Select(c => c.CustomerId).Order());

        var once = world.Query.Customers(world.Scope(), new LoyaltySelection { Repeat = false });
        Assert.Contains(7, once.Select(c => c.CustomerId));
    }

    [Fact]
    public void Drill_down_lists_the_returners_of_a_cohort_month()
    {
        var returners = world.Query.Customers(world.Scope(), new LoyaltySelection { Cohort = new DateOnly(2024, 1, 1), MonthsSince = 2 });
        Assert.Equal(1, Assert.Single(returners).CustomerId);

        var none = world.Query.Customers(world.Scope(), new LoyaltySelection { Cohort = new DateOnly(2024, 5, 1), MonthsSince = 1 });
        Assert.Empty(none);
    }
}
