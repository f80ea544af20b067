using Insights.Demo;
using Insights.Etl;

namespace Insights.Tests.Warehouse.Models;

/// <summary>
/// A big batch is built a slice of orders at a time (Warehouse:ModelChunkOrders), and every customer's profile document a
/// slice of customer ids at a time and their product pairs ten such slices at a time (Warehouse:ModelChunkCustomers); slicing changes how much is joined at once, never what
/// comes out.
/// </summary>
public sealed class ChunkedBuildTests
{
    static readonly string[] Tables =
    [
        "select * from fct_order_line order by order_id, line_number",
        "select * from mart_customer_order order by order_id",
        "select * from mart_customer_rfm order by customer_id",
        "select * from mart_revenue_by_month order by month_start",
        "select * from mart_customer_profile order by customer_id",
        "select * from mart_opportunity_pair_customer order by customer_id, key_a nulls first, key_b nulls first",
    ];

    [Fact]
    public void A_load_built_in_slices_equals_one_built_at_once_row_for_row()
    {
        using var folderOnce = new TempFolder();
        using var folderSliced = new TempFolder();
        using var once = Load(folderOnce, null);
        using var sliced = Load(folderSliced, new()
        {
            ["Warehouse:ModelChunkOrders"] = "150",      // ~3,300 orders in slices of about 150
            ["Warehouse:ModelChunkCustomers"] = "10",    // 500 customers in profile slices of 10 ids, pair slices of 100
        });

        Assert.True(once.Scalar<long>("select count(*) from fct_order_line") > 5_000);
        Assert.Equal(sliced.Scalar<long>("select count(distinct customer_id) from dim_customer"),
            sliced.Scalar<long>("select count(*) from mart_customer_profile"));
        foreach (var table in Tables)
            Assert.Equal(once.Rows(table), sliced.Rows(table));
    }

    static WarehouseHost Load(TempFolder folder, Dictionary<string, string?>? settings)
    {
        var host = new WarehouseHost(folder, settings);
        host.Get<DemoSourcePreparer>().Generate(0.005, seed: 5, new DateOnly(2026, 6, 30), toPostgres: false);
        host.Get<EtlRunner>().RunAll("test", CancellationToken.None);
        return host;
    }
}
