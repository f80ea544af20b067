using Insights.Etl;
using Insights.Etl.Jobs;
using Insights.Etl.Sources.Operational.Staged;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Insights.Tests.Fixtures;

/// <summary>
/// An extraction worker in the test process, built as `insights worker` builds it (the ETL's options and a Hangfire server on
/// the extract queue only, no warehouse): its own host, so two of them are two servers, as two worker processes would be.
/// </summary>
public sealed class ExtractionWorkerHost : IDisposable
{
    readonly IHost _host;

    public ExtractionWorkerHost(string operationalConnectionString, string hangfireConnectionString, string stagingFolder)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Etl:Operational:Kind"] = "Postgres",
            ["Etl:Operational:ConnectionString"] = operationalConnectionString,
            ["Etl:StagingFolder"] = stagingFolder,
        });
        builder.AddEtl();
        builder.AddExtractionWorker(hangfireConnectionString, workerCount: 1);
        _host = builder.Build();
        _host.Start();
    }

    /// <summary>The name this worker writes into its manifests (and the owner into etl_loaded_batch).</summary>
    public string Name => _host.Services.GetRequiredService<ExtractWorkerIdentity>().Name;

    public void Dispose()
    {
        _host.StopAsync().GetAwaiter().GetResult();
        _host.Dispose();
    }
}
