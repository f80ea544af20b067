using Insights.Etl;
using Insights.Reports.Pages.Loyalty;

namespace Insights.Tests.Warehouse.Models;

/// <summary>mart_customer_rfm (the contract shared with cross-sell) holds the loyalty report's unfiltered scores.</summary>
public sealed class CustomerRfmMartTests
{
    [Fact]
    public void Mart_equals_the_reports_scores_on_the_hand_computed_world()
    {
        using var world = new LoyaltyWorld();
        world.BuildMarts();

        var mart = world.Host.Rows("select customer_id, as_of_date, recency_days, count_orders, net_amount, r_score, f_score, m_score, segment from mart_customer_rfm order by customer_id");
        var report = world.Query.Customers(world.Scope(), new LoyaltySelection()).OrderBy(c => c.CustomerId).ToList();

        Assert.Equal(7, mart.Count);
        Assert.All(mart, row => Assert.Equal(LoyaltyWorld.AsOf, (DateOnly)row[1]!));
        Assert.Equal(
            report.Select(c => (c.CustomerId, c.RecencyDays, c.Orders, c.NetAmount, c.R, c.F, c.M, c.Segment)),
            mart.Select(r => ((int)r[0]!, (int)r[2]!, (long)r[3]!, (decimal)r[4]!, (int)r[5]!, (int)r[6]!, (int)r[7]!, (string)r[8]!)));
        // the hand-computed row of customer 1 (README): recency 1, 3 orders, 200.00, R5 F4 M4, Champions
        Assert.Equal((1, 3L, 200.00m, "Champions"), ((int)mart[0][2]!, (long)mart[0][3]!, (decimal)mart[0][4]!, (string)mart[0][8]!));
    }

    [Fact]
    public void Every_load_refreshes_the_mart_through_the_etl()
    {
        using var folder = new TempFolder();
        using var host = new WarehouseHost(folder);
        TinyWorld.CopyTo(host.SourcesFolder);
        host.Get<EtlRunner>().RunAll("test", CancellationToken.None);

        // tiny world: completed orders 100 and 101 (customer 1: 28.00 + 10.00), 103 (customer 4, inferred: 4.00); 102 is cancelled
        var mart = host.Rows("select customer_id, count_orders, net_amount from mart_customer_rfm order by customer_id");
        Assert.Equal([(1, 2L, 38.00m), (4, 1L, 4.00m)],
            mart.Select(r => ((int)r[0]!, (long)r[1]!, (decimal)r[2]!)));
        var report = host.Get<LoyaltyQuery>();
        var customers = report.Customers(report.Resolve(new LoyaltyFilter()), new LoyaltySelection());
        Assert.Equal(customers.Select(c => c.Segment).Order(), host.Rows("select segment from mart_customer_rfm").Select(r => (string)r[0]!).Order());
    }
}
