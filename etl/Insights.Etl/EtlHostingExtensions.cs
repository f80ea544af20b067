using Insights.Etl.Jobs;
using Insights.Etl.Sources;
using Insights.Etl.Sources.Complaints;
using Insights.Etl.Sources.Contacts;
using Insights.Etl.Sources.Mapped;
using Insights.Etl.Sources.Operational.Files;
using Insights.Etl.Sources.Operational.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Insights.Etl;

/// <summary>Registers the ETL: options, source loaders, the runner, and (for the site) the Hangfire jobs.</summary>
public static class EtlHostingExtensions
{
    /// <summary>Adds the ETL services the CLI and the site share.</summary>
    public static IHostApplicationBuilder AddEtl(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EtlOptions>().BindConfiguration(EtlOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<EtlOptions>, EtlOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);

        builder.Services.AddSingleton<OperationalFilesLoader>();
        builder.Services.AddSingleton<OperationalPostgresLoader>();
        builder.Services.AddSingleton<ISourceLoader>(sp =>
            sp.GetRequiredService<IOptions<EtlOptions>>().Value.Operational.Kind == OperationalSourceKind.Postgres
                ? sp.GetRequiredService<OperationalPostgresLoader>()
                : sp.GetRequiredService<OperationalFilesLoader>());
        builder.Services.AddSingleton<ISourceLoader, ContactFilesLoader>();
        builder.Services.AddSingleton<ISourceLoader, ComplaintFilesLoader>();
        // one loader per configured mapped file source; the options instance (validated at start) supplies its mapping
        var mappedCount = builder.Configuration.GetSection($"{EtlOptions.Section}:MappedFiles").GetChildren().Count();
        for (var i = 0; i < mappedCount; i++)
        {
            var index = i;
            builder.Services.AddSingleton<ISourceLoader>(sp =>
            {
                var etl = sp.GetRequiredService<IOptions<EtlOptions>>().Value;
                var mapping = etl.MappedFiles[index];
                return mapping.IsBaskets
                    ? (ISourceLoader)new MappedBasketsLoader(mapping, etl.FolderOf(mapping.Folder), sp.GetRequiredService<TimeProvider>())
                    : new MappedTransactionsLoader(mapping, etl.FolderOf(mapping.Folder), sp.GetRequiredService<TimeProvider>());
            });
        }

        builder.Services.AddSingleton<EtlRunner>();
        builder.Services.AddSingleton<EtlProgress>();
        return builder;
    }

    /// <summary>Adds the Hangfire job classes and registers the recurring loads at start (the host must add Hangfire itself).</summary>
    public static IHostApplicationBuilder AddEtlJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddTransient<LoadSourceJob>();
        builder.Services.AddHostedService<RecurringJobsRegistrar>();
        return builder;
    }
}
