using System.Globalization;
using System.Text;
using Insights.Etl;
using Insights.Etl.Sources;
using Insights.Reports.Pages.CrossSell.Opportunities;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.CrossSell.Opportunities;

/// <summary>
/// The opportunities lists the load keeps (migration 0038's marts) against the lists computed from the order lines, on the
/// tiny world with 22 more orders, after a second, incremental load that cancels one of them, adds two and a return. The
/// added orders: 200-211 (customers 1, 2, 3 in turn, 2024-01-11 .. 01-22) each a coffee (12.50) and a croissant (1.20);
/// 212-217 (customer 2, 2024-02-01 .. 02-06) a tea; 218-221 (customer 3, 2024-03-01 .. 03-04) a tea and a milk. The second
/// load cancels 200 and adds 222 and 223 (customer 3, 2024-03-20 and 21: coffee and croissant). Then coffee + croissant are
/// together in 14 completed orders (100, 201-211, 222, 223) of 3 customers, for 28.00 (order 100) + 13 × 13.70 = 206.10;
/// 26 completed orders (100, 101, 103, 201-223 but 200), coffee in 15 (those 14 and 101), croissant in 14:
/// lift = 14 × 26 / (15 × 14) = 26 / 15.
/// </summary>
public sealed class OpportunitiesMartTests(OpportunitiesMartTests.World world) : IClassFixture<OpportunitiesMartTests.World>
{
    readonly WarehouseHost _host = world.Host;

    /// <summary>The two loads, once for the class (each test only reads).</summary>
    public sealed class World : IDisposable
    {
    readonly TempFolder _folder = new();
    readonly WarehouseHost _host;

    /// <summary>The warehouse after both loads.</summary>
    public WarehouseHost Host => _host;

    public World()
    {
        _host = new WarehouseHost(_folder);
        TinyWorld.CopyTo(_host.SourcesFolder);
        string Source(string relative) => Path.Combine(_host.SourcesFolder, "operational", relative);
        File.AppendAllText(Source("products.csv"),
            "40,TEA-1,Green tea,Drinks,3.00,2024-01-01 00:00:00\n50,DAI-1,Milk,Dairy,1.00,2024-01-01 00:00:00\n");
        var orders = new StringBuilder();
        var lines = new StringBuilder();
        void Order(int id, int customer, string day, params (int Product, string Price)[] items)
        {
            orders.Append(CultureInfo.InvariantCulture, $"{id},{customer},{day} 09:00:00,web,completed,{day} 09:00:00\n");
            for (var i = 0; i < items.Length; i++)
                lines.Append(CultureInfo.InvariantCulture, $"{id},{i + 1},{items[i].Product},1,{items[i].Price},0.00\n");
        }
        for (var i = 0; i < 12; i++) Order(200 + i, i % 3 + 1, $"2024-01-{11 + i}", (10, "12.50"), (20, "1.20"));
        for (var i = 0; i < 6; i++) Order(212 + i, 2, $"2024-02-0{1 + i}", (40, "3.00"));
        for (var i = 0; i < 4; i++) Order(218 + i, 3, $"2024-03-0{1 + i}", (40, "3.00"), (50, "1.00"));
        File.AppendAllText(Source("orders.csv"), orders.ToString());
        File.AppendAllText(Source("order_lines.csv"), lines.ToString());
        var runner = _host.Get<EtlRunner>();
        runner.RunAll("test", CancellationToken.None);

        orders.Clear();
        lines.Clear();
        File.WriteAllText(Source("orders.csv"), File.ReadAllText(Source("orders.csv"))
            .Replace("200,1,2024-01-11 09:00:00,web,completed,2024-01-11 09:00:00", "200,1,2024-01-11 09:00:00,web,cancelled,2024-01-12 10:00:00"));
        Order(222, 3, "2024-03-20", (10, "12.50"), (20, "1.20"));
        Order(223, 3, "2024-03-21", (10, "12.50"), (20, "1.20"));
        File.AppendAllText(Source("orders.csv"), orders.ToString());
        File.AppendAllText(Source("order_lines.csv"), lines.ToString());
        File.AppendAllText(Source("returns.csv"), "501,201,2,2024-01-25 10:00:00,1,1.20,stale\n");
        runner.Run(SourceNames.Operational, "test", CancellationToken.None);
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
    }

    [Fact]
    public void The_kept_pair_holds_the_figures_worked_out_by_hand()
    {
        var result = _host.Get<OpportunitiesQuery>().Run(new OpportunitiesFilter { MinOrders = 10 });

        Assert.True(result.FromLoad);
        var pair = Assert.Single(result.Pairs);
        Assert.Equal(("House blend 1kg", "Croissant", 14L, 3L), (pair.ProductA, pair.ProductB, pair.Orders, pair.Customers));
        Assert.Equal(206.10, pair.NetAmount, 9);
        Assert.Equal(26.0 / 15.0, pair.Lift, 12);
    }

    [Fact]
    public void The_kept_lists_equal_the_computed_ones_after_an_incremental_load()
    {
        var query = _host.Get<OpportunitiesQuery>();

        foreach (var (minOrders, limit) in new[] { (10, 50), (12, 50), (10, 1), (15, 50) })
        {
            var kept = query.Run(new OpportunitiesFilter { MinOrders = minOrders, Limit = limit });
            // a period from before the first order reads the same orders, complaints and returns, and is computed
            var computed = query.Run(new OpportunitiesFilter { MinOrders = minOrders, Limit = limit, From = new DateOnly(2000, 1, 1) });

            Assert.True(kept.FromLoad);
            Assert.False(computed.FromLoad);
            Assert.Equal(computed.Pairs, kept.Pairs);
            Assert.True(computed.PairsFromDays);
            Assert.Equal(query.Pairs(new OpportunitiesFilter { MinOrders = minOrders, Limit = limit, From = new DateOnly(2000, 1, 1) }, OpportunitiesPath.Lines),
                kept.Pairs);
            Assert.Equal(computed.Signals, kept.Signals);
            Assert.NotEmpty(kept.Signals);
            Assert.True(computed.SignalsFromKept);
            Assert.Equal("For this view: pairs summed from the pairs per day the latest load keeps; rising pairs summed from the category"
                + " pairs per day and the order masks it keeps; unmet needs summed from the complainers' orders and the complaint words it keeps.",
                computed.HowRead);
            Assert.Equal("Read from the lists the latest load keeps.", kept.HowRead);
            Assert.Equal(computed.Rising, kept.Rising);
            Assert.True(computed.RisingFromDays);
            Assert.Equal(query.Rising(new OpportunitiesFilter { MinOrders = minOrders, Limit = limit, From = new DateOnly(2000, 1, 1) }, OpportunitiesPath.Lines),
                kept.Rising);
        }
    }

    [Fact]
    public void The_kept_rising_pairs_equal_the_computed_ones_with_any_minimum()
    {
        var query = _host.Get<OpportunitiesQuery>();

        // below the pairs' floor the pairs are computed, the rising pairs and signals still read from the load
        var filter = new OpportunitiesFilter { MinOrders = 1 };
        Assert.True(query.ReadsFromLoad(filter, "rising"));
        Assert.False(query.ReadsFromLoad(filter, "pairs"));
        var kept = query.Run(filter);
        var computed = query.Run(new OpportunitiesFilter { MinOrders = 1, From = new DateOnly(2000, 1, 1) });

        Assert.NotEmpty(kept.Rising);
        Assert.Equal(computed.Rising, kept.Rising);
        Assert.Equal(computed.Pairs, kept.Pairs);
        Assert.Equal(query.Pairs(filter, OpportunitiesPath.Lines), kept.Pairs);
    }

    [Fact]
    public void The_pairs_per_day_equal_the_statements_over_the_order_lines_after_an_incremental_load()
    {
        using var connection = _host.Get<DuckDbWarehouse>().OpenConnection();
        const string orderItems = """
            select lines.order_id, customers.customer_id, lines.ordered_at::date as ordered_on, lines.product_key,
                   sum(lines.net_amount) as net_amount
            from fct_order_line as lines
            join dim_customer as customers on customers.customer_key = lines.customer_key
            where lines.order_status = 'completed'
            group by all
            """;

        var customerDays = Rows(connection, "select key_a, key_b, ordered_on::varchar, customer_id, count_orders, net_amount from mart_opportunity_pair_customer_day order by all");
        var customerDaysFromLines = Rows(connection, $"""
            with order_items as ({orderItems})
            select a.product_key, b.product_key, a.ordered_on::varchar, a.customer_id, count(*), sum(a.net_amount + b.net_amount)::decimal(18, 2)
            from order_items as a
            join order_items as b on b.order_id = a.order_id and b.product_key > a.product_key
            group by all
            order by all
            """);
        var days = Rows(connection, "select ordered_on::varchar, key_a, key_b, count_orders, net_amount from mart_opportunity_pair_day order by all");
        var daysFromLines = Rows(connection, $"""
            with order_items as ({orderItems})
            select a.ordered_on::varchar, a.product_key, b.product_key, count(*), sum(a.net_amount + b.net_amount)::decimal(18, 2)
            from order_items as a
            join order_items as b on b.order_id = a.order_id and b.product_key > a.product_key
            group by all
            union all
            select ordered_on::varchar, product_key, product_key, count(*), sum(net_amount)::decimal(18, 2) from order_items group by all
            union all
            select ordered_on::varchar, null, null, count(distinct order_id), 0::decimal(18, 2) from order_items group by all
            order by all
            """);

        Assert.Equal(customerDaysFromLines, customerDays);
        Assert.Equal(daysFromLines, days);
        // the months (migration 0073) are the days summed, after the second load rebuilt some of them
        var months = Rows(connection, "select month_start::varchar, key_a, key_b, count_orders, net_amount from mart_opportunity_pair_month order by all");
        var monthsFromDays = Rows(connection, """
            select date_trunc('month', ordered_on)::date::varchar, key_a, key_b, sum(count_orders)::bigint, sum(net_amount)::decimal(18, 2)
            from mart_opportunity_pair_day
            group by all
            order by all
            """);
        Assert.NotEmpty(months);
        Assert.Equal(monthsFromDays, months);
        // by hand: order 223 (customer 3, 2024-03-21, added by the second load) holds the coffee (12.50) and the croissant
        // (1.20), the day's only order; order 200 (2024-01-11), cancelled by it, left its day with no pair and no order
        var coffee = _host.Scalar<long>("select product_key from dim_product where product_name = 'House blend 1kg'");
        var croissant = _host.Scalar<long>("select product_key from dim_product where product_name = 'Croissant'");
        var (a, b) = (Math.Min(coffee, croissant), Math.Max(coffee, croissant));
        Assert.Contains($"{a}|{b}|2024-03-21|3|1|13.70", customerDays);
        Assert.Contains($"2024-03-21|{a}|{b}|1|13.70", days);
        Assert.Contains("2024-03-21|||1|0.00", days);
        Assert.DoesNotContain(days, d => d.StartsWith("2024-01-11|", StringComparison.Ordinal));

        // the pair up to 2024-03-19 (before orders 222 and 223): orders 100 (2024-01-10, 28.00) and 201-211 (200 cancelled) of
        // customers 1, 2 and 3; 24 completed orders (100, 101, 103, 201-221 but 200), coffee in 13 (those 12 and 101), croissant
        // in 12: lift = 12 x 24 / (13 x 12) = 24 / 13
        var spring = _host.Get<OpportunitiesQuery>().Pairs(
            new OpportunitiesFilter { MinOrders = 1, From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 3, 19) });
        var pair = Assert.Single(spring, p => p.ProductA == "House blend 1kg" && p.ProductB == "Croissant");
        Assert.Equal((12L, 3L), (pair.Orders, pair.Customers));
        Assert.Equal(28.00 + 11 * 13.70, pair.NetAmount, 9);
        Assert.Equal(24.0 / 13.0, pair.Lift, 12);
    }

    // The statements mart_opportunity_category_day and _category_customer ran before they read mart_customer_category_order:
    // the completed order lines joined to dim_customer and dim_product, one row per order, customer, day and category.
    const string OrderCategoriesFromLines = """
        select lines.order_id, customers.customer_id, lines.ordered_at::date as ordered_on, products.category,
               sum(lines.net_amount) as net_amount
        from fct_order_line as lines
        join dim_customer as customers on customers.customer_key = lines.customer_key
        join dim_product as products on products.product_key = lines.product_key
        where lines.order_status = 'completed'
        group by all
        """;

    [Fact]
    public void The_category_pair_marts_equal_the_statements_over_the_order_lines_after_an_incremental_load()
    {
        using var connection = _host.Get<DuckDbWarehouse>().OpenConnection();

        var days = Rows(connection, "select ordered_on::varchar, category_a, category_b, count_orders, net_amount from mart_opportunity_category_day order by all");
        var daysFromLines = Rows(connection, $"""
            with order_categories as ({OrderCategoriesFromLines})
            select a.ordered_on::varchar, a.category, b.category, count(*), sum(a.net_amount + b.net_amount)::decimal(18, 2)
            from order_categories as a
            join order_categories as b on b.order_id = a.order_id and b.category > a.category
            group by a.ordered_on, a.category, b.category
            union all
            select ordered_on::varchar, null, null, count(distinct order_id), 0::decimal(18, 2) from order_categories group by ordered_on
            order by all
            """);
        var customers = Rows(connection, "select category_a, category_b, customer_id, last_on::varchar from mart_opportunity_category_customer order by all");
        var customersFromLines = Rows(connection, $"""
            with order_categories as ({OrderCategoriesFromLines})
            select a.category, b.category, a.customer_id, max(a.ordered_on)::varchar
            from order_categories as a
            join order_categories as b on b.order_id = a.order_id and b.category > a.category
            group by a.category, b.category, a.customer_id
            order by all
            """);

        Assert.Equal(daysFromLines, days);
        Assert.Equal(customersFromLines, customers);
        // by hand: order 223 (customer 3, 2024-03-21, added by the second load) holds the croissant (Bakery, 1.20) and the coffee
        // (Coffee, 12.50), the day's only order; the incremental rebuild wrote its day and its customer's last day of the pair
        Assert.Contains("2024-03-21|Bakery|Coffee|1|13.70", days);
        Assert.Contains("2024-03-21|||1|0.00", days);
        Assert.Contains("Bakery|Coffee|3|2024-03-21", customers);
    }

    [Fact]
    public void The_signals_kept_orders_are_the_affected_customers_rows_after_an_incremental_load()
    {
        using var connection = _host.Get<DuckDbWarehouse>().OpenConnection();
        var kept = Rows(connection, "select customer_id, order_id, ordered_at::varchar, category, net_amount from mart_opportunity_signal_order order by all");
        var fromEveryCustomer = Rows(connection, """
            with affected as (
                select c.customer_id, p.category
                from fct_complaint as k
                join dim_product as p on p.product_key = k.product_key
                join dim_customer as c on c.customer_key = k.customer_key
                union
                select c.customer_id, p.category
                from fct_return as r
                join dim_product as p on p.product_key = r.product_key
                join dim_customer as c on c.customer_key = r.customer_key
            )
            select o.customer_id, o.order_id, o.ordered_at::varchar, o.category, o.net_amount
            from mart_customer_category_order as o
            semi join affected as a on a.customer_id = o.customer_id and a.category = o.category
            order by all
            """);

        Assert.Equal(fromEveryCustomer, kept);
        // by hand: the second load's return 501 of order 201's croissant made customer 2's Bakery orders count: the January
        // orders 200 + i of i % 3 + 1 = 2 (i = 1, 4, 7, 10, on 2024-01-12 + 3 days each), 1.20 of croissant each
        foreach (var (order, day) in new[] { (201, 12), (204, 15), (207, 18), (210, 21) })
            Assert.Contains($"2|{order}|2024-01-{day} 09:00:00|Bakery|1.20", kept);
        // the signals read from them are those read from every customer's rows (migration 0075), over any period
        foreach (var (from, to) in new[] { ("null", "null"), ("'2024-01-01'", "'2024-01-31'"), ("'2024-01-20'", "null"), ("null", "'2024-01-24'"), ("'2024-02-01'", "'2024-01-01'") })
            Assert.Equal(Rows(connection, $"select * from opportunity_complaint_signals({from}, {to}, null, false) order by all"),
                Rows(connection, $"select * from opportunity_complaint_signals({from}, {to}, null, true) order by all"));
        Assert.NotEmpty(Rows(connection, "select * from opportunity_complaint_signals('2024-01-01', '2024-01-31', null, true)"));
    }

    static List<string> Rows(DuckDB.NET.Data.DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand(sql);
        return TextRows.Read(command);
    }
}
