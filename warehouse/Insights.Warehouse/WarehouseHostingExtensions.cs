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

    /// <summary>
    /// Adds the warehouse of a read replica: the same queries, over the latest publication under Publish:Folder (required)
    /// instead of a DuckDB file of its own; no migrations, no loads, nothing written. The current publication is attached at
    /// start (the replica starts without one, and its pages answer with an error until the owner's first publish).
    /// </summary>
    public static IHostApplicationBuilder AddWarehouseReplica(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WarehouseOptions>().BindConfiguration(WarehouseOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.AddPublishing();
        builder.Services.AddOptions<PublishOptions>()
            .Validate(o => o.Enabled, "A read replica (Site:Mode=ReadOnly) reads the owner's publications: set Publish:Folder to their folder.");
        builder.Services.AddSingleton<PublicationReplica>();
        builder.Services.AddSingleton(sp => DuckDbWarehouse.OverPublications(sp.GetRequiredService<PublicationReplica>()));
        builder.Services.AddSingleton<ModelRunner>();
        builder.Services.AddSingleton<WarehouseStatusQuery>();
        builder.Services.AddSingleton<QuarantineQuery>();
        builder.Services.AddSingleton<CheckResultsQuery>();
        builder.Services.AddHostedService<ReplicaInitializer>();
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
