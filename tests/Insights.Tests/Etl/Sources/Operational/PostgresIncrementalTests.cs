using Insights.Etl;
using Insights.Etl.Sources;
using Npgsql;

namespace Insights.Tests.Etl.Sources.Operational;

/// <summary>
/// The PostgreSQL source, incrementally: inserts, updates, deletes-by-status and late commits, on a real server. Each test
/// changes and loads its own copy of one generated and loaded world (<see cref="IncrementalWorld"/>).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresIncrementalTests : IClassFixture<PostgresIncrementalTests.IncrementalWorld>, IDisposable
{
    readonly PostgresWarehouse _world;
    readonly WarehouseHost _host;
    readonly EtlRunner _runner;

    public PostgresIncrementalTests(IncrementalWorld loaded)
    {
        _world = loaded.Copy();
        _host = _world.Host;
        _runner = _host.Get<EtlRunner>();
    }

    /// <summary>The demo world at scale 0.005 on PostgreSQL with a ten-minute late-commit window, every source loaded once.</summary>
    public sealed class IncrementalWorld() : LoadedPostgresWorld(0.005, seed: 3,
        new Dictionary<string, string?> { ["Etl:Operational:LateCommitWindow"] = "00:10:00" });

    void Source(string sql) => _world.Source(sql);

    EtlRunResult LoadOperational() => _runner.Run(SourceNames.Operational, "test", CancellationToken.None);

    [Fact]
    public void Rerun_without_changes_appends_nothing_and_only_rereads_the_late_commit_window()
    {
        var rawBefore = _host.Scalar<long>("select count(*) from raw_orders");

        var result = LoadOperational();

        Assert.Equal(0, result.Counts.Loaded);
        Assert.Equal(result.Counts.Read, result.Counts.Skipped);
        Assert.True(result.Counts.Read < rawBefore, $"an incremental run re-read {result.Counts.Read} rows, as many as a full extract");
        Assert.Equal(rawBefore, _host.Scalar<long>("select count(*) from raw_orders"));
    }

    [Fact]
    public void New_order_with_lines_is_loaded()
    {
        Source("""
            insert into orders values (900000001, 1, now() - interval '1 hour', 'web', 'completed', now());
            insert into order_lines values (900000001, 1, 1, 2, 10.00, 1.00), (900000001, 2, 2, 1, 5.50, 0);
            """);

        var result = LoadOperational();

        Assert.Equal(3, result.Counts.Loaded);
        Assert.Equal(24.50m, _host.Scalar<decimal>("select sum(net_amount) from fct_order_line where order_id = 900000001"));
    }

    [Fact]
    public void Order_cancelled_in_the_source_leaves_revenue()
    {
        var orderId = _host.Scalar<long>("select min(order_id) from fct_order_line where order_status = 'completed'");
        var revenueBefore = _host.Scalar<decimal>("select sum(net_amount) from fct_order_line where order_status = 'completed'");
        var orderNet = _host.Scalar<decimal>($"select sum(net_amount) from fct_order_line where order_id = {orderId}");
        Source($"update orders set status = 'cancelled', updated_at = now() where order_id = {orderId}");

        var result = LoadOperational();

        Assert.Equal(1, result.Counts.Loaded);
        Assert.Equal(revenueBefore - orderNet, _host.Scalar<decimal>("select sum(net_amount) from fct_order_line where order_status = 'completed'"));
        Assert.Equal("cancelled", _host.Scalar<string>($"select distinct order_status from fct_order_line where order_id = {orderId}"));
    }

    [Fact]
    public void Customer_moving_region_gets_a_second_version()
    {
        Source("update customers set region = 'Islands', updated_at = now() where customer_id = 1");

        LoadOperational();

        Assert.Equal(["Islands"], _host.Rows("select region from dim_customer where customer_id = 1 and is_current").Select(r => (string)r[0]!));
        Assert.Equal(2L, _host.Scalar<long>("select count(*) from dim_customer where customer_id = 1"));
    }

    [Fact]
    public void Row_committed_late_with_an_older_timestamp_is_still_picked_up()
    {
        LoadOperational();   // the cursor now stands at the newest updated_at
        var cursor = _host.Scalar<DateTime>("select high_water_at from etl_cursor where table_name = 'customers'");
        // committed after that load, but stamped five minutes before the cursor (inside the late-commit window)
        Source($"update customers set preferred_name = 'Late', updated_at = timestamptz '{cursor:yyyy-MM-dd HH:mm:ss}+00' - interval '5 minutes' " +
               "where customer_id = 2");

        LoadOperational();

        Assert.Equal("Late", _host.Scalar<string>("select preferred_name from dim_customer where customer_id = 2 and is_current"));
    }

    [Fact]
    public void Completed_order_marts_equal_a_rebuild_from_the_order_lines_after_a_mixed_change()
    {
        var cancelled = _host.Scalar<long>("select min(order_id) from fct_order_line where order_status = 'completed'");
        Source($"""
            update orders set status = 'cancelled', updated_at = now() where order_id = {cancelled};
            insert into orders values (900000002, 3, now() - interval '1 hour', 'app', 'completed', now());
            insert into order_lines values (900000002, 1, 1, 2, 10.00, 1.00), (900000002, 2, 2, 1, 5.50, 0);
            update customers set region = 'Islands', updated_at = now() where customer_id = 4;
            update products set category = 'Renamed category', updated_at = now() where product_id = 2;
            """);

        LoadOperational();

        // the marts are kept per batch; the oracle recomputes them whole from the fact
        const string ExpectedOrders = """
            select customers.customer_id, lines.order_id, min(lines.ordered_at), min(channels.channel_code),
                   sum(lines.net_amount)::decimal(18, 2), coalesce(sum(lines.net_amount) filter (where not lines.is_discounted), 0)::decimal(18, 2)
            from fct_order_line as lines
            join dim_customer as customers on customers.customer_key = lines.customer_key
            join dim_channel as channels on channels.channel_key = lines.channel_key
            where lines.order_status = 'completed'
            group by all
            """;
        const string ExpectedCategories = """
            select customers.customer_id, lines.order_id, min(lines.ordered_at), min(channels.channel_code), products.category,
                   sum(lines.net_amount)::decimal(18, 2), coalesce(sum(lines.net_amount) filter (where not lines.is_discounted), 0)::decimal(18, 2)
            from fct_order_line as lines
            join dim_customer as customers on customers.customer_key = lines.customer_key
            join dim_channel as channels on channels.channel_key = lines.channel_key
            join dim_product as products on products.product_key = lines.product_key
            where lines.order_status = 'completed'
            group by all
            """;
        const string Orders = "select customer_id, order_id, ordered_at, channel_code, net_amount, full_price_amount from mart_customer_order";
        const string Categories = "select customer_id, order_id, ordered_at, channel_code, category, net_amount, full_price_amount from mart_customer_category_order";
        Assert.Equal(0L, _host.Scalar<long>($"select count(*) from (({ExpectedOrders}) except all ({Orders}))"));
        Assert.Equal(0L, _host.Scalar<long>($"select count(*) from (({Orders}) except all ({ExpectedOrders}))"));
        Assert.Equal(0L, _host.Scalar<long>($"select count(*) from (({ExpectedCategories}) except all ({Categories}))"));
        Assert.Equal(0L, _host.Scalar<long>($"select count(*) from (({Categories}) except all ({ExpectedCategories}))"));
        // the change reached the marts: the cancelled order left, the new one came, the renamed category has rows
        Assert.Equal(0L, _host.Scalar<long>($"select count(*) from mart_customer_order where order_id = {cancelled}"));
        Assert.Equal(24.50m, _host.Scalar<decimal>("select net_amount from mart_customer_order where order_id = 900000002"));
        Assert.True(_host.Scalar<long>("select count(*) from mart_customer_category_order where category = 'Renamed category'") > 0);
    }

    [Fact]
    public void Per_customer_marts_equal_a_full_rebuild_when_the_as_of_date_moves_forwards_and_back()
    {
        // an order 40 days after the latest moves the as-of date, and the month, quarter and year before it, past other
        // customers' orders; cancelling it moves them all back. Each incremental load must leave what a full rebuild builds.
        var cancelled = _host.Scalar<long>("select min(order_id) from fct_order_line where order_status = 'completed'");
        Source($"""
            insert into orders select 900000003, 5, max(ordered_at) + interval '40 days', 'web', 'completed', now() from orders;
            insert into order_lines values (900000003, 1, 1, 1, 12.00, 0);
            update orders set status = 'cancelled', updated_at = now() where order_id = {cancelled};
            update customers set region = 'Islands', updated_at = now() where customer_id = 6;
            """);
        var asOfBefore = _host.Scalar<DateOnly>("select max(as_of_date) from mart_customer_rfm");

        LoadOperational();

        Assert.Equal(asOfBefore.AddDays(40), _host.Scalar<DateOnly>("select max(as_of_date) from mart_customer_rfm"));
        PerCustomerMarts.AssertEqualAFullRebuild(_host);

        Source("update orders set status = 'cancelled', updated_at = now() where order_id = 900000003");

        LoadOperational();

        Assert.Equal(asOfBefore, _host.Scalar<DateOnly>("select max(as_of_date) from mart_customer_rfm"));
        PerCustomerMarts.AssertEqualAFullRebuild(_host);
    }

    public void Dispose() => _world.Dispose();
}
