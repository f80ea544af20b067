using Microsoft.Extensions.Hosting;

namespace Insights.Warehouse;

/// <summary>
/// Runs at host start, before the job server: reads the model graph (a cycle or a missing input stops start-up here, not at
/// the first load), migrates the schema, and marks runs left "running" by a process that died as
/// abandoned (this process owns the file now, so nothing else can still be running them; their transactions were rolled back).
/// </summary>
sealed class WarehouseInitializer(Migrator migrator, DuckDbWarehouse warehouse) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = ModelRunner.Graph;
        migrator.Migrate();
        using var connection = warehouse.OpenConnection();
        connection.ExecuteNonQuery(SqlResource.Load<WarehouseInitializer>("abandon_stale_runs.sql"));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
