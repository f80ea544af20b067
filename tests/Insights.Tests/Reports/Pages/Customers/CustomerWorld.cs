using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Customers;

/// <summary>
/// A migrated warehouse holding TestData/customers/world.sql (five customers; README.md there works out what each page shows),
/// with mart_customer_search and the timeline marts built by their own models, and a clock fixed at <see cref="Now"/>.
/// </summary>
public sealed class CustomerWorld : IDisposable
{
    /// <summary>The tests' "now": the open complaint's age and SLA state are measured at this time.</summary>
    public static readonly DateTimeOffset Now = new(2024, 4, 20, 12, 0, 0, TimeSpan.Zero);

    readonly TempFolder _folder = new();

    public CustomerWorld()
    {
        Host = new WarehouseHost(_folder, services: s => s.AddSingleton<TimeProvider>(new SettableClock(Now)));
        Fill(Host.Get<DuckDbWarehouse>(), Host.Get<ModelRunner>());
    }

    /// <summary>Writes the world into <paramref name="warehouse"/> and builds the search and timeline marts as a full build would.</summary>
    public static void Fill(DuckDbWarehouse warehouse, ModelRunner runner)
    {
        using var connection = warehouse.OpenConnection();
        connection.ExecuteNonQuery(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "customers", "world.sql")));
        runner.Build(connection, runId: 0, full: true, ["mart_customer_search", .. TimelineMarts]);
    }

    /// <summary>The facts in customer order that the profile's timeline reads (migration 0020).</summary>
    public static readonly string[] TimelineMarts = ["mart_customer_order_line", "mart_customer_return", "mart_customer_contact", "mart_customer_complaint"];

    public WarehouseHost Host { get; }

    public void Dispose()
    {
        Host.Dispose();
        _folder.Dispose();
    }
}
