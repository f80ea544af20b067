using Insights.Warehouse;

namespace Insights.Tests.Warehouse;

/// <summary>
/// ModelRunner.RunChecks on the marts: each grain check passes on the tiny world as built and fails once one row of its mart is
/// written twice. The world is loaded once for the class; each case changes it only inside a transaction it never commits.
/// </summary>
[RunsLong(45)]
public sealed class ModelRunnerChecksTests : IClassFixture<ModelRunnerChecksTests.LoadedWorld>
{
    /// <summary>The tiny world, every source loaded once.</summary>
    public sealed class LoadedWorld : IDisposable
    {
        readonly TempFolder _folder = new();

        // a copy of the run's one loaded template
        public LoadedWorld() => Host = LoadedTinyWorld.Copy(_folder);

        public WarehouseHost Host { get; }

        public void Dispose()
        {
            Host.Dispose();
            _folder.Dispose();
        }
    }

    readonly WarehouseHost _host;

    public ModelRunnerChecksTests(LoadedWorld world) => _host = world.Host;

    // every case starts from this state (its changes are rolled back), so that every check passes on it is asserted once here
    // rather than before each case's change: the ~90 checks cost about half a second a run
    [Fact]
    public void Every_check_passes_on_the_world_as_built()
    {
        using var connection = _host.Get<DuckDbWarehouse>().OpenConnection();
        using var transaction = connection.BeginTransaction();
        var runner = _host.Get<ModelRunner>();
        runner.Build(connection, 0, full: true, ["batch_keys", "batch_fact_keys", "batch_mart_keys"]);

        Assert.Empty(runner.RunChecks(connection, 0));
    }

    [Theory]
    [InlineData("mart_customer_category_order", "mart_customer_category_order__unique_order_category")]
    [InlineData("mart_customer_order", "mart_customer_order__unique_order_id")]
    [InlineData("mart_customer_order_totals", "mart_customer_order_totals__unique_period_customer")]
    [InlineData("mart_customer_purchase_day", "mart_customer_purchase_day__unique_customer_day")]
    [InlineData("mart_customer_rfm", "mart_customer_rfm__unique_customer_id")]
    [InlineData("mart_customer_search", "mart_customer_search__unique_customer_id")]
    [InlineData("mart_customer_order_line", "mart_customer_order_line__unique_order_line")]
    [InlineData("mart_customer_return", "mart_customer_return__unique_return_id")]
    [InlineData("mart_customer_contact", "mart_customer_contact__unique_contact_id")]
    [InlineData("mart_customer_complaint", "mart_customer_complaint__unique_complaint_id")]
    [InlineData("mart_loyalty_cohort", "mart_loyalty_cohort__unique_cell")]
    [InlineData("mart_revenue_by_month", "mart_revenue_by_month__unique_month_start")]
    [InlineData("mart_complaint_term", "mart_complaint_term__unique_complaint_term")]
    [InlineData("mart_customer_active_span", "mart_customer_active_span__unique_customer_start")]
    [InlineData("mart_contact_followup", "mart_contact_followup__unique_contact_id")]
    [InlineData("mart_contact_control", "mart_contact_control__unique_customer_anchor")]
    [InlineData("mart_segment_customer", "mart_segment_customer__unique_customer_id")]
    [InlineData("mart_segment_category", "mart_segment_category__unique_customer_category")]
    [InlineData("mart_sale_day", "mart_sale_day__unique_day_region_product")]
    [InlineData("mart_sale_return", "mart_sale_return__unique_return_id")]
    [InlineData("mart_sale_segment_day", "mart_sale_segment_day__unique_day_region_product_segment")]
    [InlineData("mart_customer_profile", "mart_customer_profile__unique_customer_id")]
    [InlineData("mart_order_day", "mart_order_day__unique_day_channel_region_category")]
    [InlineData("mart_opportunity_pair_customer", "mart_opportunity_pair_customer__unique_customer_pair")]
    [InlineData("mart_opportunity_category_customer", "mart_opportunity_category_customer__unique_customer_pair")]
    [InlineData("mart_opportunity_category_day", "mart_opportunity_category_day__unique_day_pair")]
    [InlineData("mart_opportunity_rising", "mart_opportunity_rising__unique_pair")]
    [InlineData("mart_opportunity_signal", "mart_opportunity_signal__unique_category")]
    [InlineData("mart_opportunity_state", "mart_opportunity_state__one_row_counting_the_lists")]
    [InlineData("mart_complaint_detail", "mart_complaint_detail__unique_complaint_id")]
    [InlineData("mart_complaint_term_month", "mart_complaint_term_month__unique_cell")]
    [InlineData("mart_order_segment_day", "mart_order_segment_day__unique_cell")]
    [InlineData("mart_opportunity_pair_day", "mart_opportunity_pair_day__unique_day_pair")]
    [InlineData("mart_opportunity_pair_customer_day", "mart_opportunity_pair_customer_day__unique_pair_day_customer")]
    [InlineData("mart_opportunity_pair_month", "mart_opportunity_pair_month__sums_the_days")]
    [InlineData("mart_opportunity_signal_order", "mart_opportunity_signal_order__the_affected_customers_rows")]
    [InlineData("mart_complaint_signal_word", "mart_complaint_signal_word__counts_the_texts")]
    public void A_marts_grain_check_fails_on_a_repeated_row(string mart, string check)
    {
        using var connection = _host.Get<DuckDbWarehouse>().OpenConnection();
        using var transaction = connection.BeginTransaction();   // rolled back: the next case sees the world as loaded
        var runner = _host.Get<ModelRunner>();
        // the batch steps as targets of a full build: every key, so the scoped checks look at every row
        runner.Build(connection, 0, full: true, ["batch_keys", "batch_fact_keys", "batch_mart_keys"]);

        connection.ExecuteNonQuery($"insert into {mart} select * from {mart} limit 1");

        Assert.Contains(check, runner.RunChecks(connection, 0));
    }

    [Theory]
    [InlineData("update mart_opportunity_pair_customer_day set count_orders = count_orders + 1 where rowid = (select min(rowid) from mart_opportunity_pair_customer_day)",
        "mart_opportunity_pair_day__unique_day_pair")]
    [InlineData("update mart_opportunity_pair_month set count_orders = count_orders + 1 where rowid = (select min(rowid) from mart_opportunity_pair_month)",
        "mart_opportunity_pair_month__sums_the_days")]
    [InlineData("delete from mart_opportunity_pair_month where rowid = (select min(rowid) from mart_opportunity_pair_month)",
        "mart_opportunity_pair_month__sums_the_days")]
    [InlineData("update mart_sale_day set sold_quantity = sold_quantity + 1 where rowid = (select min(rowid) from mart_sale_day)",
        "mart_sale_day__sums_completed_lines")]
    [InlineData("update mart_sale_return set quantity = quantity + 1 where rowid = (select min(rowid) from mart_sale_return)",
        "mart_sale_return__returns_of_completed_lines")]
    [InlineData("delete from mart_sale_return", "mart_sale_return__returns_of_completed_lines")]
    [InlineData("update mart_complaint_detail set order_channel = order_channel || '?' where rowid = (select min(rowid) from mart_complaint_detail)",
        "mart_complaint_detail__matches_complaints")]
    [InlineData("update mart_complaint_term_month set count_complaints = count_complaints + 1 where rowid = (select min(rowid) from mart_complaint_term_month)",
        "mart_complaint_term_month__counts_index")]
    [InlineData("update mart_complaint_term set word_count = 2 where rowid = (select min(rowid) from mart_complaint_term where word_count = 3)",
        "mart_complaint_term__accepted_word_count")]
    [InlineData("update mart_sale_segment_day set count_lines = count_lines + 1 where rowid = (select min(rowid) from mart_sale_segment_day)",
        "mart_sale_segment_day__sums_completed_lines")]
    [InlineData("update mart_sale_segment_customer set segment = segment || '?' where rowid = (select min(rowid) from mart_sale_segment_customer)",
        "mart_sale_segment_day__counts_current_segments")]
    [InlineData("update mart_order_segment_day set orders = orders + 1 where rowid = (select min(rowid) from mart_order_segment_day)",
        "mart_order_segment_day__counts_completed_orders")]
    [InlineData("update mart_order_segment_customer set segment = segment || '?' where rowid = (select min(rowid) from mart_order_segment_customer)",
        "mart_order_segment_day__counts_current_segments")]
    [InlineData("update mart_opportunity_signal_order set net_amount = net_amount + 1 where rowid = (select min(rowid) from mart_opportunity_signal_order)",
        "mart_opportunity_signal_order__the_affected_customers_rows")]
    [InlineData("update mart_opportunity_signal_order set events = [] where rowid = (select min(rowid) from mart_opportunity_signal_order)",
        "mart_opportunity_signal_order__the_affected_customers_rows")]
    [InlineData("delete from mart_opportunity_signal_order where rowid = (select min(rowid) from mart_opportunity_signal_order)",
        "mart_opportunity_signal_order__the_affected_customers_rows")]
    [InlineData("update mart_complaint_signal_word set count_words = count_words + 1 where rowid = (select min(rowid) from mart_complaint_signal_word)",
        "mart_complaint_signal_word__counts_the_texts")]
    [InlineData("update mart_complaint_signal_word set word = word || 'x' where rowid = (select min(rowid) from mart_complaint_signal_word)",
        "mart_complaint_signal_word__counts_the_texts")]
    public void A_sale_marts_sums_check_fails_on_a_row_that_disagrees_with_the_facts(string change, string check)
    {
        using var connection = _host.Get<DuckDbWarehouse>().OpenConnection();
        using var transaction = connection.BeginTransaction();   // rolled back: the next case sees the world as loaded
        var runner = _host.Get<ModelRunner>();
        runner.Build(connection, 0, full: true, ["batch_keys", "batch_fact_keys", "batch_mart_keys"]);

        Assert.Equal(1, connection.ExecuteNonQuery(change) is > 0 ? 1 : 0);

        Assert.Contains(check, runner.RunChecks(connection, 0));
    }

    [Theory]
    [InlineData("update mart_customer_complaint set customer_id = customer_id + 1000000 where rowid = (select min(rowid) from mart_customer_complaint)",
        "mart_customer_complaint__known_customer")]
    [InlineData("update mart_customer_contact set customer_id = customer_id + 1000000 where rowid = (select min(rowid) from mart_customer_contact)",
        "mart_customer_contact__known_customer")]
    [InlineData("update mart_customer_return set customer_id = customer_id + 1000000 where rowid = (select min(rowid) from mart_customer_return)",
        "mart_customer_return__known_customer")]
    [InlineData("update mart_customer_order_line set product_key = -1 where rowid = (select min(rowid) from mart_customer_order_line)",
        "mart_customer_order_line__known_customer_and_product")]
    [InlineData("update mart_segment_category set category = 'No such category' where rowid = (select min(rowid) from mart_segment_category)",
        "mart_segment_category__known_customer_and_category")]
    [InlineData("update mart_order_day set channel_code = 'no-such-channel' where rowid = (select min(rowid) from mart_order_day)",
        "mart_order_day__known_channel_and_category")]
    [InlineData("update mart_sale_day set product_key = -1 where rowid = (select min(rowid) from mart_sale_day)",
        "mart_sale_day__known_product")]
    [InlineData("update mart_sale_return set customer_id = -1 where rowid = (select min(rowid) from mart_sale_return)",
        "mart_sale_return__known_customer_and_product")]
    [InlineData("update mart_sale_segment_day set segment = 'No such segment' where rowid = (select min(rowid) from mart_sale_segment_day)",
        "mart_sale_segment_day__known_product_and_segment")]
    [InlineData("delete from mart_customer_profile where customer_id = (select min(customer_id) from raw_customers)",
        "mart_customer_profile__one_per_known_customer")]
    [InlineData("update mart_opportunity_pair_customer set key_a = -1 where rowid = (select min(rowid) from mart_opportunity_pair_customer where key_a is not null)",
        "mart_opportunity_pair_customer__known_customer_and_products")]
    [InlineData("update mart_opportunity_category_customer set category_a = 'No such category' where rowid = (select min(rowid) from mart_opportunity_category_customer)",
        "mart_opportunity_category_customer__known_customer_and_categories")]
    [InlineData("update mart_opportunity_category_day set count_orders = count_orders + 1000 where category_a is not null and rowid = (select min(rowid) from mart_opportunity_category_day where category_a is not null)",
        "mart_opportunity_category_day__known_categories")]
    [InlineData("update mart_opportunity_state set count_pairs = count_pairs + 1", "mart_opportunity_state__one_row_counting_the_lists")]
    public void A_marts_relationship_check_fails_on_a_row_that_points_nowhere_or_is_missing(string change, string check)
    {
        using var connection = _host.Get<DuckDbWarehouse>().OpenConnection();
        using var transaction = connection.BeginTransaction();   // rolled back: the next case sees the world as loaded
        var runner = _host.Get<ModelRunner>();
        runner.Build(connection, 0, full: true, ["batch_keys", "batch_fact_keys", "batch_mart_keys"]);

        Assert.True(connection.ExecuteNonQuery(change) > 0, "the change touched no row: the tiny world lacks the mart's rows");

        Assert.Contains(check, runner.RunChecks(connection, 0));
    }
}
