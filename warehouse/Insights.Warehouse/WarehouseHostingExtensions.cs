using Insights.Warehouse.Status;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Insights.Warehouse;

/// <summary>Registers the warehouse: options, the process's one DuckDB instance, migrations at start, models and status.</summary>
public static class WarehouseHostingExtensions
{
    /// <summary>Adds the warehouse services; the schema is migrated when the host starts.</summary>
    public static IHostApplicationBuilder AddWarehouse(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WarehouseOptions>().BindConfiguration(WarehouseOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<DuckDbWarehouse>();
        builder.Services.AddSingleton<Migrator>();
        builder.Services.AddSingleton<ModelRunner>();
        builder.Services.AddSingleton<WarehouseStatusQuery>();
        builder.Services.AddSingleton<QuarantineQuery>();
        builder.Services.AddSingleton<CheckResultsQuery>();
        builder.Services.AddHostedService<WarehouseInitializer>();
        return builder;
    }
}
