using Insights.Reports.Pages.Customers.Scores;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Customers.Scores;

/// <summary>The data checks of the after-load step's tables (<see cref="ScoreChecks"/>) on the hand-solved customer world.</summary>
public sealed class ScoreChecksTests
{
    static IReadOnlyList<string> Failed(ScoredCustomerWorld world)
    {
        using var connection = world.Host.Get<DuckDbWarehouse>().OpenConnection();
        return ScoreChecks.Failed(connection);
    }

    static void Execute(ScoredCustomerWorld world, string sql)
    {
        using var connection = world.Host.Get<DuckDbWarehouse>().OpenConnection();
        connection.ExecuteNonQuery(sql);
    }

    [Fact]
    public void The_steps_own_write_passes_every_check()
    {
        using var world = new ScoredCustomerWorld();

        Assert.Equal(7, ScoreChecks.All.Count);
        Assert.Empty(Failed(world));
    }

    [Theory]
    [InlineData("insert into mart_customer_score select * from mart_customer_score where customer_id = 1", "mart_customer_score__unique_customer_id")]
    [InlineData("insert into mart_customer_score select * replace (999 as customer_id) from mart_customer_score where customer_id = 1", "mart_customer_score__known_customer")]
    [InlineData("insert into mart_customer_offer (customer_id, offer_rank, run_id, item, score, basis, reason) values (1, 1, 7, 'Tea', 1, 'rule', 'r'), (1, 1, 7, 'Jam', 1, 'rule', 'r')", "mart_customer_offer__unique_customer_rank")]
    [InlineData("insert into mart_customer_offer (customer_id, offer_rank, run_id, item, score, basis, reason) values (999, 1, 7, 'Tea', 1, 'rule', 'r')", "mart_customer_offer__scored_customer")]
    [InlineData("insert into mart_customer_score_fit select * from mart_customer_score_fit", "mart_customer_score_fit__one_row")]
    [InlineData("delete from mart_customer_score_fit", "mart_customer_score_fit__one_row")]
    [InlineData("insert into mart_customer_category_overdue values (1, 'Tea', 7, '2024-04-10', '2024-01-01', 2, 10, 100, 10), (1, 'Tea', 7, '2024-04-10', '2024-01-01', 2, 10, 100, 10)", "mart_customer_category_overdue__unique_customer_category")]
    [InlineData("insert into mart_category_cycle select * from mart_category_cycle where category = 'Shoes'", "mart_category_cycle__unique_category")]
    [InlineData("update mart_category_cycle set count_gaps = count_gaps + 1 where category = 'Shoes'", "mart_category_cycle__unique_category")]
    [InlineData("update mart_category_cycle set gaps_per_week = gaps_per_week[1:26] where category = 'Shoes'", "mart_category_cycle__unique_category")]
    public void A_row_that_breaks_a_rule_fails_its_check(string plant, string check)
    {
        using var world = new ScoredCustomerWorld();
        Assert.Empty(Failed(world));

        Execute(world, plant);

        Assert.Contains(check, Failed(world));
    }

    [Fact]
    public void A_write_that_breaks_a_check_is_rolled_back_and_the_last_good_scores_stay()
    {
        using var world = new ScoredCustomerWorld();
        const string state = "select (select count(*) from mart_customer_score) || '/' || (select max(run_id) from mart_customer_score) || '/' || (select count(*) from mart_customer_offer)";
        var before = world.Host.Scalar<string>(state);
        // customer 3 leaves the customer dimension but keeps their purchase days: the next fit would score an unknown customer
        Execute(world, "delete from dim_customer where customer_id = 3; update mart_customer_score_fit set inputs_fingerprint = 'older code'");

        var refused = Assert.Throws<InvalidOperationException>(() => world.Host.Get<CustomerScoresStep>().Run(8, CancellationToken.None));

        Assert.Contains("mart_customer_score__known_customer", refused.Message);
        Assert.Equal(before, world.Host.Scalar<string>(state));
        Assert.Equal("older code", world.Host.Scalar<string>("select inputs_fingerprint from mart_customer_score_fit"));
    }
}
