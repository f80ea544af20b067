using Insights.Demo;
using Insights.Etl;
using Insights.Warehouse;

namespace Insights.Tests.Warehouse.Models;

/// <summary>
/// mart_customer_active_span (the service channels view's active customers): the stretches of a tiny world worked out by hand,
/// its data checks, and the loads keeping it equal to a full rebuild.
/// </summary>
public sealed class CustomerActiveSpanMartTests
{
    // Ann: one version; orders in 2024-01, 2024-06 and 2025-07 (13 months after June: the spans touch), so one stretch
    //   2024-01 .. 2026-07 (2025-07 + 12 months).
    // Ben: North until 2024-06-15, then South; orders in 2024-01 and 2025-03 (14 months apart: two islands, 2024-01 .. 2025-01
    //   and 2025-03 .. 2026-03). The North version covers the months up to May 2024 (the month before its end's), the South one
    //   from June 2024: North 2024-01 .. 2024-05, South 2024-06 .. 2025-01, South 2025-03 .. 2026-03.
    // Cat: no completed order, no stretch.
    const string World = """
        insert into dim_customer values
            (1, 1, 'Ann', 'Ann', null, 'North', 'web', null, '1900-01-01', '9999-12-31', true, false),
            (2, 2, 'Ben', 'Ben', null, 'North', 'web', null, '1900-01-01', '2024-06-15 12:00', false, false),
            (3, 2, 'Ben', 'Ben', null, 'South', 'web', null, '2024-06-15 12:00', '9999-12-31', true, false),
            (4, 3, 'Cat', 'Cat', null, 'East', 'web', null, '1900-01-01', '9999-12-31', true, false);
        insert into mart_customer_order (customer_id, order_id, ordered_at, channel_code, net_amount, full_price_amount) values
            (1, 11, '2024-01-15 10:00', 'web', 10, 10),
            (1, 12, '2024-06-03 10:00', 'web', 10, 10),
            (1, 13, '2025-07-10 10:00', 'web', 10, 10),
            (2, 21, '2024-01-05 10:00', 'store', 10, 10),
            (2, 22, '2025-03-01 09:00', 'store', 10, 10);
        create or replace temp table batch_order_days (customer_id integer, ordered_on date);
        create or replace temp table batch_customers (customer_id integer);
        create or replace temp table batch_mart_orders (order_id bigint);   -- the checks read the run's orders too
        """;

    [Fact]
    public void A_full_build_gives_the_stretches_worked_out_by_hand_and_passes_its_checks()
    {
        using var folder = new TempFolder();
        using var host = new WarehouseHost(folder);
        using var connection = host.Get<DuckDbWarehouse>().OpenConnection();
        connection.ExecuteNonQuery(World);
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_customer_active_span"].Sql, ("full", true));

        var rows = Rows(connection);
        Assert.Equal(["1|North|2024-01-01|2026-07-01", "2|North|2024-01-01|2024-05-01", "2|South|2024-06-01|2025-01-01",
            "2|South|2025-03-01|2026-03-01"], rows);

        // the checks read this run's customers: all of them here
        connection.ExecuteNonQuery("insert into batch_customers values (1), (2), (3)");
        foreach (var (name, sql) in ModelRunner.Checks.Where(c => c.Name.StartsWith("mart_customer_active_span__", StringComparison.Ordinal)))
            Assert.True(connection.ExecuteScalar<long>($"select count(*) from ({sql})") == 0, name);

        // a stretch that shares a month with another of the customer, one no order explains, and one written twice break them
        connection.ExecuteNonQuery("insert into mart_customer_active_span values (1, 'North', '2026-07-01', '2026-08-01'), (3, 'East', '2020-01-01', '2020-02-01'), (2, 'North', '2024-01-01', '2024-05-01')");
        foreach (var (name, sql) in ModelRunner.Checks.Where(c => c.Name.StartsWith("mart_customer_active_span__", StringComparison.Ordinal)))
            Assert.True(connection.ExecuteScalar<long>($"select count(*) from ({sql})") > 0, name);
    }

    [Fact]
    public void An_incremental_build_rewrites_only_the_batch_customers_and_equals_a_full_one()
    {
        using var folder = new TempFolder();
        using var host = new WarehouseHost(folder);
        using var connection = host.Get<DuckDbWarehouse>().OpenConnection();
        connection.ExecuteNonQuery(World);
        var model = ModelRunner.Graph["mart_customer_active_span"].Sql;
        connection.ExecuteNonQuery(model, ("full", true));

        // Ben's order of 2025-03 is cancelled and Cat orders in 2024-02: the load rebuilds those two customers only
        connection.ExecuteNonQuery("""
            delete from mart_customer_order where order_id = 22;
            insert into mart_customer_order values (3, 31, '2024-02-29 23:00', 'app', 5, 5);
            insert into batch_order_days values (2, '2025-03-01'), (3, '2024-02-29');
            """);
        connection.ExecuteNonQuery(model, ("full", false));
        var incremental = Rows(connection);

        connection.ExecuteNonQuery("delete from mart_customer_active_span");
        connection.ExecuteNonQuery(model, ("full", true));
        Assert.Equal(Rows(connection), incremental);
        Assert.Equal(["1|North|2024-01-01|2026-07-01", "2|North|2024-01-01|2024-05-01", "2|South|2024-06-01|2025-01-01",
            "3|East|2024-02-01|2025-02-01"], incremental);
    }

    [Fact]
    public void After_each_sources_load_the_mart_equals_a_full_rebuild_of_the_demo_world()
    {
        using var folder = new TempFolder();
        using var host = new WarehouseHost(folder);
        host.Get<DemoSourcePreparer>().Generate(0.005, seed: 7, new DateOnly(2026, 6, 30), toPostgres: false);
        foreach (var source in SourceNames.All) host.Get<EtlRunner>().Run(source, "test", CancellationToken.None);
        const string Sql = "select * from mart_customer_active_span order by all";
        var kept = host.Rows(Sql).Select(r => string.Join("|", r)).ToList();
        Assert.NotEmpty(kept);

        host.Get<EtlRunner>().RunAll("test", CancellationToken.None, full: true);
        Assert.Equal(host.Rows(Sql).Select(r => string.Join("|", r)).ToList(), kept);
    }

    static List<string> Rows(DuckDB.NET.Data.DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "select customer_id, region, strftime(start_month, '%Y-%m-%d'), strftime(end_month, '%Y-%m-%d') from mart_customer_active_span order by all";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add($"{reader.GetValue(0)}|{reader.GetString(1)}|{reader.GetString(2)}|{reader.GetString(3)}");
        return rows;
    }
}
