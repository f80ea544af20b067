using Microsoft.Extensions.Hosting;

namespace Insights.Warehouse;

/// <summary>
/// Runs at host start, before the job server: reads the model graph (a cycle or a missing input stops start-up here, not at
/// the first load), migrates the schema, and marks runs left "running" by a process that died as
/// abandoned (this process owns the file now, so nothing else can still be running them; their transactions were rolled back).
/// A host that registers <see cref="WarehouseBuildsNoModels"/> builds no model, so its start leaves the graph unread.
/// </summary>
sealed class WarehouseInitializer(Migrator migrator, DuckDbWarehouse warehouse, IEnumerable<WarehouseBuildsNoModels> buildsNoModels)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!buildsNoModels.Any()) _ = ModelRunner.Graph;
        migrator.Migrate();
        using var connection = warehouse.OpenConnection();
        connection.ExecuteNonQuery(SqlResource.Load<WarehouseInitializer>("abandon_stale_runs.sql"));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>
/// Registered (as a singleton) by a host that runs no load and so builds no model, such as the CLI's report, status, segment and
/// campaign commands: its start then skips reading the model graph (about 45 ms of CPU, a seventh of a small report's whole
/// process). The site and every command that loads keep the check at start; the graph is still read when first used.
/// </summary>
public sealed class WarehouseBuildsNoModels;
