using Insights.Warehouse.Publish;
using Insights.Warehouse.Status;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

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
        builder.AddPublishing();
        return builder;
    }

    /// <summary>Adds the Parquet publication (section "Publish", validated at start; off while Publish:Folder is unset).</summary>
    static void AddPublishing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PublishOptions>().BindConfiguration(PublishOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PublishOptions>, PublishOptionsValidator>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Publisher>();
    }
}
