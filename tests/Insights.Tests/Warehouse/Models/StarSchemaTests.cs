using Insights.Etl;

namespace Insights.Tests.Warehouse.Models;

/// <summary>
/// The models, checked against the tiny world worked out by hand (TestData/tiny/README.md). The class loads the world once
/// (<see cref="LoadedTinyWorld"/>) and each test reads a copy of it.
/// </summary>
public sealed class StarSchemaTests : IClassFixture<LoadedTinyWorld>, IDisposable
{
    readonly TempFolder _folder = new();
    readonly WarehouseHost _host;

    public StarSchemaTests(LoadedTinyWorld world) => _host = world.CopyTo(_folder);

    [Fact]
    public void Completed_net_revenue_excludes_cancelled_orders_and_subtracts_discounts() =>
        Assert.Equal(42.00m, _host.Scalar<decimal>("select sum(net_amount) from fct_order_line where order_status = 'completed'"));

    [Fact]
    public void Revenue_by_month_mart_matches_hand_totals()
    {
        var rows = _host.Rows("select strftime(month_start, '%Y-%m'), count_orders, count_customers, net_amount from mart_revenue_by_month order by 1");
        Assert.Equal(
            [["2024-01", 1L, 1L, 28.00m], ["2024-02", 1L, 1L, 10.00m], ["2024-03", 1L, 1L, 4.00m]],
            rows.Select(r => new object?[] { r[0], r[1], r[2], r[3] }).ToArray());
    }

    [Fact]
    public void Discounted_lines_are_flagged() =>
        Assert.Equal(2L, _host.Scalar<long>("select count(*) from fct_order_line where is_discounted"));

    [Fact]
    public void Gross_is_quantity_times_unit_price() =>
        Assert.Equal(3.60m, _host.Scalar<decimal>("select gross_amount from fct_order_line where order_id = 100 and line_number = 2"));

    [Fact]
    public void Customer_referenced_before_its_master_row_gets_an_inferred_member()
    {
        Assert.Equal(4L, _host.Scalar<long>("select count(*) from dim_customer"));
        Assert.True(_host.Scalar<bool>("select is_inferred from dim_customer where customer_id = 4"));
        Assert.Equal(4L, _host.Scalar<long>(
            "select d.customer_id from fct_order_line f join dim_customer d using (customer_key) where f.order_id = 103"));
    }

    [Fact]
    public void Unknown_product_gets_an_inferred_member() =>
        Assert.Equal("Unknown", _host.Scalar<string>("select category from dim_product where product_id = 30 and is_inferred"));

    [Fact]
    public void Missing_preferred_name_falls_back_to_first_name() =>
        Assert.Equal("Zoë", _host.Scalar<string>("select preferred_name from dim_customer where customer_id = 3"));

    [Fact]
    public void Quoted_names_with_commas_survive() =>
        Assert.Equal("O'Brien, Patrick", _host.Scalar<string>("select full_name from dim_customer where customer_id = 2"));

    [Fact]
    public void Return_points_at_the_customer_and_product_of_its_line() =>
        Assert.Equal([1, 10], _host.Rows(
            "select c.customer_id, p.product_id from fct_return r join dim_customer c using (customer_key) join dim_product p using (product_key)")
            .Single().Select(v => Convert.ToInt32(v)).ToArray());

    [Fact]
    public void Hours_to_resolve_is_null_while_open()
    {
        Assert.Equal(36.0, _host.Scalar<double>("select hours_to_resolve from fct_complaint where complaint_id = 1"), 6);
        Assert.Null(_host.Rows("select hours_to_resolve from fct_complaint where complaint_id = 2").Single()[0]);
    }

    [Fact]
    public void Complaint_text_is_kept_verbatim() =>
        Assert.Equal("Bag was torn & coffee <spilled>", _host.Scalar<string>("select complaint_text from fct_complaint where complaint_id = 1"));

    [Fact]
    public void Self_service_contacts_belong_to_the_collaborative_face() =>
        Assert.Equal("collaborative", _host.Scalar<string>(
            "select ch.crm_face from fct_contact c join dim_channel ch using (channel_key) where c.contact_id = 2"));

    [Fact]
    public void Date_dimension_covers_whole_years() =>
        Assert.Equal(366L, _host.Scalar<long>("select count(*) from dim_date"));

    [Fact]
    public void Every_data_check_passes_on_clean_data() =>
        Assert.Equal(0L, _host.Scalar<long>("select count(*) from etl_check_result where failing_rows > 0"));

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
