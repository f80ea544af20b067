using Insights.Reports.Pages.Customers.Scores;
using Insights.Reports.Pages.Segments;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Segments;

/// <summary>
/// The model figures copied into mart_segment_customer (migration 0031), which the preview reads instead of joining the
/// after-load marts: the model copies them when it builds a customer's row, and the scoring step's copy follows every rewrite.
/// </summary>
public sealed class SegmentCustomerScoresTests
{
    // each customer's copy next to the figures of the marts (the text is "" where both are null)
    const string Pairs = """
        select c.customer_id,
            concat_ws('|', c.p_alive, c.expected_purchases_90d, c.clv_amount, c.is_overdue, c.top_offer, replace(c.top3_offers, chr(31), '/')),
            concat_ws('|', s.p_alive, s.expected_purchases_90d, s.clv_amount, s.is_overdue,
                (select item from mart_customer_offer as o where o.customer_id = c.customer_id and offer_rank = 1),
                '/' || coalesce((select string_agg(item, '/' order by item) || '/' from mart_customer_offer as o
                                 where o.customer_id = c.customer_id and offer_rank <= 3), ''))
        from mart_segment_customer as c
        left join mart_customer_score as s on s.customer_id = c.customer_id
        order by c.customer_id
        """;

    static void AssertCopiesMatch(WarehouseHost host)
    {
        var rows = host.Rows(Pairs);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(Equals(r[1], r[2]), $"customer {r[0]}: copy {r[1]}, marts {r[2]}"));
    }

    [Fact]
    public void The_model_copies_the_figures_and_a_rewrite_of_the_marts_is_copied_again()
    {
        using var world = new SegmentsWorld();
        // built after the hand-made figures were written (README "Model figures"): 2 is the one overdue, 1's top 3 Books and Games
        AssertCopiesMatch(world.Host);
        Assert.Equal([true, "Games", "\u001fBooks\u001fGames\u001f"],
            world.Host.Rows("select is_overdue, top_offer, top3_offers from mart_segment_customer where customer_id = 2").Single());

        // a rewrite as the scoring step's: customer 5 gets a CLV of 999 and a top offer of Books, customer 1 loses its offers
        var warehouse = world.Host.Get<DuckDbWarehouse>();
        using (var connection = warehouse.OpenConnection())
        {
            connection.ExecuteNonQuery("""
                update mart_customer_score set clv_amount = 999 where customer_id = 5;
                delete from mart_customer_offer where customer_id in (1, 5);
                insert into mart_customer_offer (customer_id, offer_rank, run_id, item, score, basis, reason) values (5, 1, 2, 'Books', 1, 'rule', 'x');
                """);
            Assert.Equal(2, SegmentCustomerScores.Copy(connection));   // only the rows whose figures changed
        }
        AssertCopiesMatch(world.Host);
        Assert.Equal([5], world.Members(SegmentsWorld.All(new SegmentCondition("clv", "between", Min: 500))));
        Assert.Equal([3, 4, 5], world.Members(SegmentsWorld.All(new SegmentCondition("next_best_offer", "top_in", ["Books"]))));
    }

    [Fact]
    public void The_scoring_step_copies_what_it_writes()
    {
        using var world = new ScoredCustomerWorld(score: false);
        using (var connection = world.Host.Get<DuckDbWarehouse>().OpenConnection())
            world.Host.Get<ModelRunner>().Build(connection, runId: 0, full: true,
                ["mart_customer_order_totals", "mart_customer_rfm", "mart_segment_category", "mart_segment_customer"]);
        Assert.Equal(0L, world.Host.Scalar<long>("select count(*) from mart_segment_customer where is_overdue is not null"));   // no scores yet

        world.Host.Get<CustomerScoresStep>().Run(ScoredCustomerWorld.RunId, CancellationToken.None);

        AssertCopiesMatch(world.Host);
        Assert.Equal(2L, world.Host.Scalar<long>("select count(*) from mart_segment_customer where is_overdue is not null"));   // the 2 scored
    }
}
