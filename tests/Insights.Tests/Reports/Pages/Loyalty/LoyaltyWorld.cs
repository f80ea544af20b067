using Insights.Reports.Pages.Loyalty;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Loyalty;

/// <summary>A migrated warehouse holding TestData/loyalty/world.sql (seven customers; README.md there has the arithmetic).</summary>
public sealed class LoyaltyWorld : IDisposable
{
    /// <summary>The as-of date every hand-computed number uses: the day after the latest completed order (2024-06-30).</summary>
    public static readonly DateOnly AsOf = new(2024, 7, 1);

    readonly TempFolder _folder = new();

    public LoyaltyWorld()
    {
        Host = new WarehouseHost(_folder);
        Fill(Host.Get<DuckDbWarehouse>());
    }

    /// <summary>
    /// Writes TestData/loyalty/world.sql into <paramref name="warehouse"/> and builds the completed-order marts every load keeps
    /// (the filtered views read them) as a full build would.
    /// </summary>
    public static void Fill(DuckDbWarehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        connection.ExecuteNonQuery(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "loyalty", "world.sql")));
        // the world has no raw rows for the batch step to find: its orders are the batch these two marts rebuild
        connection.ExecuteNonQuery("create temp table batch_mart_orders as select distinct order_id from fct_order_line;");
        foreach (var name in new[] { "mart_customer_category_order", "mart_customer_order" })
            connection.ExecuteNonQuery(ModelRunner.Graph[name].Sql, ("run_id", 1L), ("full", true));
    }

    public WarehouseHost Host { get; }

    /// <summary>
    /// Runs the loyalty marts' models as a full build would (<see cref="ModelRunner.Build"/> of those targets alone: the
    /// world's facts stay as written). Afterwards the default view reads the marts.
    /// </summary>
    public void BuildMarts()
    {
        using var connection = Host.Get<DuckDbWarehouse>().OpenConnection();
        Host.Get<ModelRunner>().Build(connection, runId: 0, full: true, ["mart_customer_order_totals", "mart_customer_rfm", "mart_loyalty_cohort"]);
    }

    public LoyaltyQuery Query => Host.Get<LoyaltyQuery>();

    /// <summary>The scope of a filter, resolved as the page and the CLI resolve it.</summary>
    public LoyaltyScope Scope(string? region = null, string? channel = null, string? category = null, string? period = null,
        DateOnly? asOf = null) =>
        Query.Resolve(new LoyaltyFilter { AsOf = asOf, Region = region, Channel = channel, Category = category, Period = period ?? new LoyaltyFilter().Period });

    public void Dispose()
    {
        Host.Dispose();
        _folder.Dispose();
    }
}
