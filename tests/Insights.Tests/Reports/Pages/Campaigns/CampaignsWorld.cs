using Insights.Reports.Pages.Campaigns;
using Insights.Reports.Pages.Segments;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Campaigns;

/// <summary>
/// A migrated warehouse holding TestData/campaigns/world.sql (400 customers in the South, eight in the North; README.md there
/// has the hand-computed readout), its marts built as a full build would, and two saved segments: "South" and "North".
/// </summary>
public sealed class CampaignsWorld : IDisposable
{
    /// <summary>The South campaign's window: 2025-03-01 for 28 days (README.md).</summary>
    public static readonly DateOnly Start = new(2025, 3, 1);

    /// <summary>The window's length.</summary>
    public const int WindowDays = 28;

    readonly TempFolder _folder = new();

    public CampaignsWorld()
    {
        Host = new WarehouseHost(_folder, services: s => s.AddSingleton<TimeProvider>(new SettableClock(new DateTimeOffset(2025, 2, 20, 12, 0, 0, TimeSpan.Zero))));
        Fill(Host.Get<DuckDbWarehouse>(), Host.Get<ModelRunner>());
        var segments = Host.Get<SegmentStore>();
        SouthSegment = segments.Save(new SegmentSave(null, "South", "400 customers", Region("South")), "maria", CancellationToken.None);
        NorthSegment = segments.Save(new SegmentSave(null, "North", "eight customers", Region("North")), "maria", CancellationToken.None);
    }

    /// <summary>Writes the world's rows into <paramref name="warehouse"/> and builds the marts the segments and the readout read.</summary>
    public static void Fill(DuckDbWarehouse warehouse, ModelRunner runner)
    {
        using var connection = warehouse.OpenConnection();
        connection.ExecuteNonQuery(File.ReadAllText(TestData("world.sql")));
        BuildMarts(connection, runner);
    }

    public WarehouseHost Host { get; }

    public int SouthSegment { get; }

    public int NorthSegment { get; }

    public CampaignStore Store => Host.Get<CampaignStore>();

    public CampaignReadoutQuery Readout => Host.Get<CampaignReadoutQuery>();

    static SegmentDefinition Region(string region) => new([new ConditionGroup([new SegmentCondition("region", "in", [region])])]);

    static string TestData(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "campaigns", file);

    /// <summary>A campaign on the South segment's 400 customers, window 2025-03-01 for 28 days.</summary>
    public int CreateSouth(string name, int controlPercent = 50, long seed = 20250301) =>
        Store.Create(new CampaignRequest(SouthSegment, name, "10% off books", Start, WindowDays, controlPercent, seed), "maria", CancellationToken.None);

    /// <summary>Writes the South customers' usual window orders and, with an <paramref name="effect"/>, the treated customers' extra order; rebuilds the order marts.</summary>
    public void WriteSouthOrders(int campaignId, decimal effect)
    {
        using var connection = Host.Get<DuckDbWarehouse>().OpenConnection();
        connection.ExecuteNonQuery(File.ReadAllText(TestData("usual_orders.sql")));
        if (effect > 0) connection.ExecuteNonQuery(File.ReadAllText(TestData("treated_orders.sql")), ("campaign_id", campaignId), ("effect", effect));
        BuildMarts(connection, Host.Get<ModelRunner>());
    }

    /// <summary>Writes one completed order and rebuilds the order marts.</summary>
    public void WriteOrder(long orderId, int customerId, DateTime orderedAt, decimal amount)
    {
        using var connection = Host.Get<DuckDbWarehouse>().OpenConnection();
        connection.ExecuteNonQuery("""
            insert into fct_order_line values ($order_id, 1, strftime($at::date, '%Y%m%d')::integer, $at, $customer, 1, 1, 'completed', 1,
                $amount, $amount, 0.00, $amount, false)
            """, ("order_id", orderId), ("at", orderedAt), ("customer", customerId), ("amount", amount));
        BuildMarts(connection, Host.Get<ModelRunner>());
    }

    /// <summary>The members of campaign <paramref name="id"/> in one group, by customer id.</summary>
    public int[] Group(int id, bool control) =>
        [.. Host.Rows($"select customer_id from app_campaign_member where campaign_id = {id} and is_control = {control} order by customer_id")
            .Select(r => (int)r[0]!)];

    // every order is this batch (the world has no raw rows for the batch step to find); then the per-customer marts
    static void BuildMarts(DuckDB.NET.Data.DuckDBConnection connection, ModelRunner runner)
    {
        connection.ExecuteNonQuery("create or replace temp table batch_mart_orders as select distinct order_id from fct_order_line;");
        foreach (var name in new[] { "mart_customer_category_order", "mart_customer_order" })
            connection.ExecuteNonQuery(ModelRunner.Graph[name].Sql, ("run_id", 1L), ("full", true));
        runner.Build(connection, runId: 0, full: true, ["mart_customer_order_totals", "mart_customer_rfm", "mart_segment_category", "mart_segment_customer"]);
    }

    public void Dispose()
    {
        Host.Dispose();
        _folder.Dispose();
    }
}
