using Insights.Reports.Pages.Loyalty;

namespace Insights.Tests.Reports.Pages.Loyalty;

/// <summary>Segment migration from 2024-06-01 (one month earlier) to 2024-07-01 (README: Segment migration).</summary>
public sealed class MigrationTests(LoyaltyWorld world) : IClassFixture<LoyaltyWorld>
{
    [Fact]
    public void Each_customer_moves_from_the_segment_scored_a_period_earlier()
    {
        var migration = world.Query.Migration(world.Scope(period: "month"));

        Assert.Equal(new DateOnly(2024, 6, 1), migration.PreviousAsOf);
        var cells = migration.Cells.ToDictionary(c => (c.From, c.To), c => c.Customers);
        var expected = new Dictionary<(string, string), long>
        {
            [("Hibernating", "Champions")] = 1,   // customer 1
            [("At Risk", "Loyal")] = 1,           // customer 2
            [("Lost", "Lost")] = 1,               // customer 3
            [("New", "Hibernating")] = 1,         // customer 4
            [("Loyal", "Lost")] = 1,              // customer 5
            [("(new)", "Potential Loyalist")] = 1, // customer 6: no order before 2024-06-01
            [("Loyal", "At Risk")] = 1,           // customer 7
        };
        Assert.Equal(expected, cells);
        Assert.Equal(1.0 / 6, migration.StayedShare, 9);
    }

    [Fact]
    public void Drill_down_lists_the_customers_of_one_flow()
    {
        var flow = world.Query.Customers(world.Scope(period: "month"), new LoyaltySelection { FromSegment = "Loyal", Segment = "Lost" });

        Assert.Equal(5, Assert.Single(flow).CustomerId);
    }

    [Fact]
    public void Quarter_period_compares_with_three_months_earlier()
    {
        var migration = world.Query.Migration(world.Scope(period: "quarter"));

        Assert.Equal(new DateOnly(2024, 4, 1), migration.PreviousAsOf);
        // before 2024-04-01 only customers 1, 2, 3 and 5 had ordered; 4, 6 and 7 are new
        Assert.Equal(3, migration.Cells.Where(c => c.From == "(new)").Sum(c => c.Customers));
        Assert.Equal(7, migration.Cells.Sum(c => c.Customers));
    }
}
