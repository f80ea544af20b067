using Microsoft.Extensions.Hosting;

namespace Insights.Warehouse;

/// <summary>
/// Runs at host start, before the job server: migrates the schema, and marks runs left "running" by a process that died as
/// abandoned (this process owns the file now, so nothing else can still be running them; their transactions were rolled back).
/// </summary>
sealed class WarehouseInitializer(Migrator migrator, DuckDbWarehouse warehouse) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        migrator.Migrate();
        using var connection = warehouse.OpenConnection();
        connection.ExecuteNonQuery(SqlResource.Load<WarehouseInitializer>("abandon_stale_runs.sql"));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
