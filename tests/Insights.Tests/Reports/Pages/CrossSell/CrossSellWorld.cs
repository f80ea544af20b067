using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.CrossSell;

/// <summary>
/// A star schema solved by hand for the cross-sell views, written straight into the dims and facts of a fresh warehouse.
/// Products: 1 Bread, 2 Cake (Bakery); 3 Milk, 4 Cheese (Dairy); 5 Beer (Drinks); 6 "Bread &amp; Cake box" (Bakery, never sold).
/// Customers 1-3 are Champions, 4-6 Lost (mart_customer_rfm, when <c>withSegments</c>).
/// Orders (all completed, amounts net):
///   o1 c1 2024-01-01 Bread 10, Milk 5      o2 c1 2024-01-10 Cheese 8      o3 c2 2024-01-02 Bread 10
///   o4 c2 2024-01-20 Milk 5, Beer 7        o5 c3 2024-01-03 Bread 10, Cake 12                  o6 c4 2024-01-05 Milk 5
///   o7 c4 2024-03-01 Bread 10              o8 c5 2024-01-06 Beer 7        o9 c6 2024-01-07 Milk 5, Cheese 8
///   o10 c6 2024-04-30 Beer 7               o11 c6 2024-02-01 Cake 3, status cancelled (never counted)
/// Complaints: c1 on Milk (quality) "Milk was sour", c6 on Milk (quality) "sour taste, again"; c5 on Beer (delivery) "late delivery".
/// Returns: c6 returned Cheese (o9), reason "damaged".
/// </summary>
public sealed class CrossSellWorld : IDisposable
{
    readonly TempFolder _folder = new();

    public CrossSellWorld(bool withSegments)
    {
        Host = new WarehouseHost(_folder);
        Fill(Host.Get<DuckDbWarehouse>(), withSegments);
    }

    /// <summary>Writes the world into <paramref name="warehouse"/> (fresh and migrated: a host's, or a site's).</summary>
    public static void Fill(DuckDbWarehouse warehouse, bool withSegments)
    {
        using var connection = warehouse.OpenConnection();
        connection.ExecuteNonQuery("""
            insert into dim_product values
              (1, 1, null, 'Bread', 'Bakery', null, false), (2, 2, null, 'Cake', 'Bakery', null, false),
              (3, 3, null, 'Milk', 'Dairy', null, false), (4, 4, null, 'Cheese', 'Dairy', null, false),
              (5, 5, null, 'Beer', 'Drinks', null, false), (6, 6, null, 'Bread & Cake box', 'Bakery', null, false);
            insert into dim_customer
            select i, i, 'Customer ' || i, 'C' || i, null, 'North', 'web', null, timestamp '2020-01-01', timestamp '9999-12-31', true, false
            from range(1, 7) as t(i);
            insert into fct_order_line
            select order_id, line, 0, ordered_at::timestamp, customer, product, 1, status, 1, amount, amount, 0, amount, false
            from (values
              (1, 1, '2024-01-01', 1, 1, 'completed', 10.00), (1, 2, '2024-01-01', 1, 3, 'completed', 5.00),
              (2, 1, '2024-01-10', 1, 4, 'completed', 8.00),  (3, 1, '2024-01-02', 2, 1, 'completed', 10.00),
              (4, 1, '2024-01-20', 2, 3, 'completed', 5.00),  (4, 2, '2024-01-20', 2, 5, 'completed', 7.00),
              (5, 1, '2024-01-03', 3, 1, 'completed', 10.00), (5, 2, '2024-01-03', 3, 2, 'completed', 12.00),
              (6, 1, '2024-01-05', 4, 3, 'completed', 5.00),  (7, 1, '2024-03-01', 4, 1, 'completed', 10.00),
              (8, 1, '2024-01-06', 5, 5, 'completed', 7.00),  (9, 1, '2024-01-07', 6, 3, 'completed', 5.00),
              (9, 2, '2024-01-07', 6, 4, 'completed', 8.00),  (10, 1, '2024-04-30', 6, 5, 'completed', 7.00),
              (11, 1, '2024-02-01', 6, 2, 'cancelled', 3.00)
            ) as t(order_id, line, ordered_at, customer, product, status, amount);
            insert into fct_complaint (complaint_id, customer_key, product_key, order_id, opened_date_key, opened_at, resolved_at,
              status, category, severity, hours_to_resolve, complaint_text) values
              (1, 1, 3, 1, 20240102, '2024-01-02', null, 'open', 'quality', 'medium', null, 'Milk was sour'),
              (2, 6, 3, 9, 20240108, '2024-01-08', null, 'open', 'quality', 'low', null, 'sour taste, again'),
              (3, 5, 5, 8, 20240107, '2024-01-07', null, 'open', 'delivery', 'low', null, 'late delivery');
            insert into fct_return values (1, 9, 2, 20240109, '2024-01-09', 6, 4, 1, 8.00, 'damaged');
            """);
        BuildOrderMarts(connection);
        if (withSegments)
            connection.ExecuteNonQuery("""
                insert into mart_customer_rfm by name
                select i as customer_id, date '2024-05-01' as as_of_date, 1 as recency_days, 1 as count_orders, 1 as net_amount,
                    1 as r_score, 1 as f_score, 1 as m_score, case when i <= 3 then 'Champions' else 'Lost' end as segment,
                    -- the loyalty report's own columns: cross-sell reads none of them
                    case when i <= 3 then 1 else 11 end as segment_rank, 1 as full_price_amount,
                    timestamp '2024-01-01' as first_ordered_at, date '2024-01-01' as last_ordered_on,
                    date '2024-01-01' as cohort_month, 'Single purchase' as price_class
                from range(1, 7) as t(i);
                """);
    }

    /// <summary>
    /// The per-order marts the load keeps beside the order lines (mart_customer_category_order, mart_customer_order, and the
    /// category masks mart_order_category_mask with their bits), built by
    /// their own models over every order, as a load that landed these orders leaves them: white space and category-level
    /// sequences read their purchases there.
    /// </summary>
    static void BuildOrderMarts(DuckDB.NET.Data.DuckDBConnection connection)
    {
        // the orders' channel (channel_key 1 in the lines above), which the marts name
        connection.ExecuteNonQuery("""
            insert into dim_channel select 1, 'web', 'Web shop', 'collaborative', true
            where not exists (select 1 from dim_channel where channel_key = 1)
            """);
        connection.ExecuteNonQuery("create or replace temp table batch_mart_orders as select distinct order_id from fct_order_line");
        // not a full build: the orders of batch_mart_orders, as a load builds them
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_customer_category_order"].Sql, ("full", false));
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_customer_order"].Sql, ("full", false));
        // the orders' category masks the rules read at category level (migration 0056), built and no longer pending, as after a load
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_basket_category"].Sql, ("full", false));
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_order_category_mask"].Sql, ("full", false));
        connection.ExecuteNonQuery("delete from etl_model_pending where model in ('mart_basket_category', 'mart_order_category_mask')");
        // each customer's packed first days the sequences read without a period (migration 0067), for the customers of those orders
        connection.ExecuteNonQuery("""
            create or replace temp table batch_order_days as
            select distinct c.customer_id, f.ordered_at::date as ordered_on
            from fct_order_line as f join dim_customer as c on c.customer_key = f.customer_key
            """);
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_sequence_item"].Sql, ("full", false));
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_customer_item_sequence"].Sql, ("full", false));
        connection.ExecuteNonQuery("delete from etl_model_pending where model in ('mart_sequence_item', 'mart_customer_item_sequence')");
        connection.ExecuteNonQuery("drop table batch_order_days");
        connection.ExecuteNonQuery("drop table batch_mart_orders");
    }

    /// <summary>The id of the saved segment <see cref="SaveCustomers26"/> writes.</summary>
    public const int Customers26 = 26;

    /// <summary>
    /// Saved segment 26 "Customers 2 and 6" as evaluated at the warehouse's state (no run yet: 0), written straight into the
    /// segment tables (this world has no segment marts to evaluate conditions on): members c2 (Champions) and c6 (Lost).
    /// </summary>
    public static void SaveCustomers26(DuckDbWarehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        connection.ExecuteNonQuery($$"""
            insert into app_segment values ({{Customers26}}, 'Customers 2 and 6', '', '{"groups":[]}', 'test', timestamp '2024-05-01',
                'test', timestamp '2024-05-01');
            insert into app_segment_size values ({{Customers26}}, 0, timestamp '2024-05-01 06:00', 2, 45.00, 2, 0);
            insert into app_segment_member values ({{Customers26}}, 2), ({{Customers26}}, 6);
            """);
    }

    public WarehouseHost Host { get; }

    public T Get<T>() where T : notnull => Host.Get<T>();

    public void Dispose()
    {
        Host.Dispose();
        _folder.Dispose();
    }
}
