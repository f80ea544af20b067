using System.Globalization;
using Insights.Tests.Reports.Pages.CrossSell.Opportunities;

namespace Insights.Tests.Reports.Pages.CrossSell;

/// <summary>
/// White space and category-level sequences read their purchases from the mart the load keeps (mart_customer_category_order)
/// instead of the order lines (period_lines). On a warehouse built by two real loads (the second
/// cancels an order and adds two: <see cref="OpportunitiesMartTests.World"/>), the mart must hold exactly what the lines
/// give, for the whole history and for periods cutting through it.
/// </summary>
public sealed class CrossSellOrderMartsTests(OpportunitiesMartTests.World world) : IClassFixture<OpportunitiesMartTests.World>
{
    readonly WarehouseHost _host = world.Host;

    public static TheoryData<string, string> Periods() => new()
    {
        { "null", "null" },
        { "date '2024-01-15'", "null" },
        { "null", "date '2024-02-03'" },
        { "date '2024-01-11'", "date '2024-03-20'" },
    };

    string Text(string sql) =>
        string.Join("\n", _host.Rows(sql).Select(row => string.Join("|", row.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)))));

    [Theory]
    [MemberData(nameof(Periods))]
    public void Category_order_mart_holds_each_customers_category_spend_of_the_order_lines(string from, string to)
    {
        var lines = Text($"""
            select customer_id, category, sum(net_amount) from period_lines({from}, {to}) group by all order by all
            """);
        var mart = Text($"""
            select customer_id, category, sum(net_amount) from mart_customer_category_order
            where in_period(ordered_at, {from}, {to}) group by all order by all
            """);

        Assert.NotEmpty(lines);
        Assert.Equal(lines, mart);
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void Category_order_mart_holds_each_customers_first_and_last_day_of_a_category(string from, string to)
    {
        var lines = Text($"""
            select customer_id, category, min(purchase_on(ordered_at)), max(purchase_on(ordered_at))
            from period_lines({from}, {to}) group by all order by all
            """);
        var mart = Text($"""
            select customer_id, category, min(purchase_on(ordered_at)), max(purchase_on(ordered_at))
            from mart_customer_category_order where in_period(ordered_at, {from}, {to}) group by all order by all
            """);

        Assert.NotEmpty(lines);
        Assert.Equal(lines, mart);
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void Order_mask_mart_holds_each_orders_categories_of_the_order_lines(string from, string to)
    {
        var lines = Text($"""
            select order_id, customer_id, string_agg(distinct category, ',' order by category)
            from period_lines({from}, {to}) group by all order by all
            """);
        var mart = Text($"""
            select m.order_id, m.customer_id, string_agg(b.category, ',' order by b.category)
            from mart_order_category_mask as m
            join mart_basket_category as b on (m.category_mask >> b.bit::ubigint) & 1::ubigint = 1::ubigint
            where in_period(m.ordered_at, {from}, {to}) group by all order by all
            """);

        Assert.NotEmpty(lines);
        Assert.Equal(lines, mart);
    }
}
