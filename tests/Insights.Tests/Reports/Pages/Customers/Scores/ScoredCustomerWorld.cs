using Insights.Reports.Pages.Customers.Scores;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Customers.Scores;

/// <summary>
/// The customer 360 world (TestData/customers) with its purchase days built, and, unless asked not to, the scores step run for
/// <see cref="RunId"/>. Hand-solved (README.md there, "Model scores"): the calibration end is the last purchase day, 2024-04-10;
/// customer 1 bought on 2024-01-05 (100.00) and 2024-04-10 (81.00), customer 3 once on 2024-02-20 (45.00).
/// </summary>
public sealed class ScoredCustomerWorld : IDisposable
{
    /// <summary>The run id the step is run for.</summary>
    public const long RunId = 7;

    readonly TempFolder _folder = new();

    public ScoredCustomerWorld() : this(score: true) { }

    public ScoredCustomerWorld(bool score)
    {
        Host = new WarehouseHost(_folder, services: s => s.AddSingleton<TimeProvider>(new SettableClock(CustomerWorld.Now)));
        Fill(Host.Get<DuckDbWarehouse>(), Host.Get<ModelRunner>());
        if (score) Host.Get<CustomerScoresStep>().Run(RunId, CancellationToken.None);
    }

    /// <summary>The customer world with mart_customer_purchase_day, which the fit reads, built as a full build would.</summary>
    public static void Fill(DuckDbWarehouse warehouse, ModelRunner runner)
    {
        CustomerWorld.Fill(warehouse, runner);
        using var connection = warehouse.OpenConnection();
        runner.Build(connection, runId: 0, full: true, ["mart_customer_purchase_day"]);
    }

    public WarehouseHost Host { get; }

    public TempFolder Folder => _folder;

    public void Dispose()
    {
        Host.Dispose();
        _folder.Dispose();
    }
}
