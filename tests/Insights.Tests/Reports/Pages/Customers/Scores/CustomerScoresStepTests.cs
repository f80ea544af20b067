using System.Globalization;
using Insights.Etl;
using Insights.Reports.Pages.Customers.Scores;
using Insights.Reports.Pages.Intervals;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Customers.Scores;

/// <summary>The after-load step's marts on the hand-solved customer world (TestData/customers/README.md, "Model scores").</summary>
public sealed class CustomerScoresStepTests
{
    static void Execute(ScoredCustomerWorld world, string sql)
    {
        using var connection = world.Host.Get<DuckDbWarehouse>().OpenConnection();
        connection.ExecuteNonQuery(sql);
    }

    static string Text(object?[] row) => string.Join("|", row.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));

    [Fact]
    public void Each_customer_gets_the_hand_computed_summary_and_rhythm()
    {
        using var world = new ScoredCustomerWorld();

        var rows = world.Host.Rows("""
            select customer_id, run_id, as_of_date::varchar, last_purchase_on::varchar, count_purchase_days, frequency, recency_days,
                   age_days, mean_repeat_amount, mean_gap_days, median_gap_days, days_since_last, overdue_ratio, is_overdue
            from mart_customer_score order by customer_id
            """).Select(Text);

        // 1: 2024-01-05 -> 2024-04-10 = 26 + 29 + 31 + 10 = 96 days, the only gap; the repeat day spent 81.00; last day = as-of
        // 3: one purchase day, 2024-02-20 -> 2024-04-10 = 9 + 31 + 10 = 50 days ago; no gap, so no rhythm and never overdue
        Assert.Equal(
            [
                "1|7|2024-04-10|2024-04-10|2|1|96|96|81|96|96|0|0|False",
                "3|7|2024-04-10|2024-02-20|1|0|0|50|0|||50||False",
            ],
            rows);
    }

    [Fact]
    public void An_untrusted_fit_leaves_the_model_figures_empty_and_keeps_its_reason()
    {
        using var world = new ScoredCustomerWorld();

        // two customers cannot pin four BG/NBD parameters down: the intervals scoring itself says so, and so does the fit row
        var intervals = world.Host.Get<IntervalsQuery>();
        var model = intervals.Model(intervals.Resolve(CustomerScoreSettings.Intervals())!);
        Assert.False(model.BgNbd.Diagnostics.Trusted);
        Assert.Equal(0L, world.Host.Scalar<long>(
            "select count(*) from mart_customer_score where coalesce(p_alive, expected_purchases_90d, expected_average_amount, clv_amount) is not null"));
        var fit = world.Host.Rows("select run_id, as_of_date::varchar, count_customers, is_trusted, is_spend_trusted, bg_nbd_diagnosis from mart_customer_score_fit").Single();
        Assert.Equal([7L, "2024-04-10", 2, false, false, model.BgNbd.Diagnostics.Message], fit);
        Assert.False(string.IsNullOrWhiteSpace(model.BgNbd.Diagnostics.Message));
    }

    [Fact]
    public void The_customers_overdue_in_a_category_are_written_and_copied_into_the_segment_mart()
    {
        using var world = new ScoredCustomerWorld(score: false);
        // customer 3 bought Socks on 2024-02-01 too: Socks' only gap is 02-01 -> 02-20 = 19 days (its median); 3's last Socks
        // day is 50 days before the as-of date 2024-04-10, and 50 >= 2 x 19, so 3 is overdue in Socks (ratio 50 / 19). Shoes:
        // customer 1's one gap is 96 days and its last Shoes day is the as-of date: not overdue. Socks of 1: one day, no cycle.
        Execute(world, "insert into fct_order_line values (3000, 1, 20240201, '2024-02-01 11:00', 30, 2, 2, 'completed', 1, 15.00, 15.00, 0.00, 15.00, false)");
        using (var connection = world.Host.Get<DuckDbWarehouse>().OpenConnection())
            world.Host.Get<ModelRunner>().Build(connection, runId: 0, full: true,
                ["mart_customer_purchase_day", "mart_customer_order_totals", "mart_customer_rfm", "mart_segment_category", "mart_segment_customer"]);

        world.Host.Get<CustomerScoresStep>().Run(ScoredCustomerWorld.RunId, CancellationToken.None);

        var rows = world.Host.Rows("""
            select customer_id, category, run_id, as_of_date::varchar, last_purchase_on::varchar, count_purchase_days, median_cycle_days,
                   days_since_last, round(overdue_ratio, 4)
            from mart_customer_category_overdue order by customer_id, category
            """).Select(Text);
        Assert.Equal([$"3|Socks|7|2024-04-10|2024-02-20|2|19|50|{Math.Round(50.0 / 19, 4).ToString(CultureInfo.InvariantCulture)}"], rows);
        // the segment mart's copy: the five customers, only 3 with a category (sorted, chr(31)-closed; chr(31) alone: none)
        Assert.Equal(["1|/", "2|/", "3|/Socks/", "4|/", "5|/"], world.Host.Rows(
            "select customer_id, replace(overdue_categories, chr(31), '/') from mart_segment_customer order by customer_id").Select(Text));
        // the fit row records that this fit wrote the table (migration 0048: the segment builder refuses the condition until then)
        Assert.Equal(ScoredCustomerWorld.RunId, world.Host.Scalar<long>("select category_overdue_run_id from mart_customer_score_fit"));
        // and the cycles of the same gaps (migration 0074: the intervals page's category section reads them): Shoes' one gap of 96
        // days falls in week 13 (96 // 7), Socks' 19 days in week 2; each quartile of one gap is the gap
        Assert.Equal(["Shoes|7|2024-04-10|1|96|96|96|96|13:1", "Socks|7|2024-04-10|1|19|19|19|19|2:1"], world.Host.Rows("""
            select category, run_id, as_of_date::varchar, count_gaps, mean_gap_days, p25_gap_days, median_gap_days, p75_gap_days,
                   (select string_agg((i - 1) || ':' || gaps_per_week[i], ',') from range(1, 28) as r(i) where gaps_per_week[i] > 0)
            from mart_category_cycle order by category
            """).Select(Text));
        Assert.Equal(27, world.Host.Scalar<int>("select min(len(gaps_per_week)) from mart_category_cycle"));
        Assert.Equal(ScoredCustomerWorld.RunId, world.Host.Scalar<long>("select category_cycle_run_id from mart_customer_score_fit"));
    }

    [Fact]
    public void A_rerun_replaces_the_rows_instead_of_adding_to_them()
    {
        using var world = new ScoredCustomerWorld();
        const string counts = "select (select count(*) from mart_customer_score) || '/' || (select count(*) from mart_customer_offer) || '/' || (select count(*) from mart_customer_score_fit)";
        var first = world.Host.Scalar<string>(counts);
        // as after a new build of the code: the fingerprint no longer matches, so the step fits and writes again
        Execute(world, "update mart_customer_score_fit set inputs_fingerprint = 'older code'");

        world.Host.Get<CustomerScoresStep>().Run(8, CancellationToken.None);

        Assert.Equal(first, world.Host.Scalar<string>(counts));
        Assert.StartsWith("2/", first);
        Assert.EndsWith("/1", first);
        Assert.Equal(8L, world.Host.Scalar<long>("select max(run_id) from mart_customer_score"));
        Assert.Equal(8L, world.Host.Scalar<long>("select min(run_id) from mart_customer_score_fit"));
    }

    [Fact]
    public void A_load_that_changes_nothing_the_scores_read_keeps_the_rows_and_records_the_run()
    {
        using var world = new ScoredCustomerWorld();
        var fittedAt = world.Host.Scalar<DateTime>("select fitted_at from mart_customer_score_fit");
        // a contact is not read by the scores or the offers
        Execute(world, "insert into fct_contact values (703, 20240416, '2024-04-16 10:00', 12, 3, 'outbound', 60, 'offer')");

        world.Host.Get<CustomerScoresStep>().Run(8, CancellationToken.None);

        Assert.Equal([7L, 8L, fittedAt], world.Host.Rows("select run_id, current_run_id, fitted_at from mart_customer_score_fit").Single());
        Assert.Equal(7L, world.Host.Scalar<long>("select max(run_id) from mart_customer_score"));

        // a new order is: the step fits again
        Execute(world, """
            insert into fct_order_line values (3002, 1, 20240410, '2024-04-10 12:00', 30, 1, 2, 'completed', 1, 90.00, 90.00, 0.00, 90.00, false)
            """);
        using (var connection = world.Host.Get<DuckDbWarehouse>().OpenConnection())
            world.Host.Get<ModelRunner>().Build(connection, runId: 0, full: true, ["mart_customer_purchase_day"]);
        world.Host.Get<CustomerScoresStep>().Run(9, CancellationToken.None);

        Assert.Equal([9L, 9L], world.Host.Rows("select run_id, current_run_id from mart_customer_score_fit").Single());
        Assert.Equal(2L, world.Host.Scalar<long>("select count_purchase_days from mart_customer_score where customer_id = 3"));
    }

    [Fact]
    public void A_complaint_about_a_product_fits_again_because_it_keeps_the_item_out_of_the_offers()
    {
        using var world = new ScoredCustomerWorld();
        // a complaints load adds no purchase, but an item complained about in the 90 days before is not offered any more
        Execute(world, """
            insert into fct_complaint (complaint_id, customer_key, product_key, order_id, opened_date_key, opened_at, resolved_at,
              status, category, severity, hours_to_resolve, complaint_text)
            values (901, 30, 1, null, 20240405, '2024-04-05', null, 'open', 'quality', 'low', null, 'stale');
            """);

        world.Host.Get<CustomerScoresStep>().Run(8, CancellationToken.None);

        Assert.Equal([8L, 8L], world.Host.Rows("select run_id, current_run_id from mart_customer_score_fit").Single());
    }

    [Fact]
    public void A_warehouse_without_scores_gets_them_from_the_refresh_once()
    {
        using var world = new ScoredCustomerWorld(score: false);
        var step = world.Host.Get<CustomerScoresStep>();
        Assert.Null(step.Runs().Fitted);

        Assert.True(step.Refresh(CancellationToken.None));
        Assert.False(step.Refresh(CancellationToken.None));   // fitted for the latest run already: nothing to do

        Assert.Equal(0L, step.Runs().Fitted);   // no ETL run in this world: the latest finished run is 0
        Assert.Equal(2L, world.Host.Scalar<long>("select count(*) from mart_customer_score"));
    }

    [Fact]
    public void A_warehouse_without_purchases_says_so_in_its_fit_row()
    {
        using var folder = new TempFolder();
        using var host = new WarehouseHost(folder);

        host.Get<CustomerScoresStep>().Run(1, CancellationToken.None);

        Assert.Equal([1L, null, 0, false, CustomerScoreFit.NoPurchases, CustomerScoreFit.NoPurchases, null, null],
            host.Rows("select run_id, as_of_date, count_customers, is_trusted, bg_nbd_diagnosis, offers_problem, category_overdue_run_id, category_cycle_run_id from mart_customer_score_fit").Single());
        Assert.Equal(0L, host.Scalar<long>("select count(*) from mart_customer_score"));
    }

    [Fact]
    public void The_offers_are_the_offers_pages_default_candidates_per_customer_most_likely_first()
    {
        using var world = new CrossSellWorld(withSegments: true);
        using (var connection = world.Get<DuckDbWarehouse>().OpenConnection())
            world.Get<ModelRunner>().Build(connection, runId: 0, full: true, ["mart_customer_purchase_day"]);

        world.Get<CustomerScoresStep>().Run(3, CancellationToken.None);

        // every candidate (top 50 covers the twelve-odd items of the category level), computed as the page would without the mart
        var expected = world.Get<Insights.Reports.Pages.CrossSell.Offers.OffersQuery>().ComputeStream(CustomerScoreSettings.Offers() with { Top = 50 })
            .Select(o => Text([o.CustomerId, o.Rank, o.Item, o.Score, o.Basis, o.Reason])).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, world.Host.Rows("select customer_id, offer_rank, item, score, basis, reason from mart_customer_offer order by customer_id, offer_rank").Select(Text));
        Assert.Equal((long)expected.Count, world.Host.Scalar<long>("select count_offers from mart_customer_score_fit"));
    }
}
