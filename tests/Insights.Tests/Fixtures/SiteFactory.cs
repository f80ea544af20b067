using Insights.Etl;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Fixtures;

/// <summary>
/// The real site (Program) on a temporary warehouse with Hangfire in memory, the tiny world loaded before the first request.
/// The start-up chain is off (RunOnStart=false), so the tests decide what is loaded and never wait on the scheduler.
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    readonly TempFolder _folder = new();

    public SiteFactory()
    {
        TinyWorld.CopyTo(Path.Combine(_folder.Path, "sources"));
    }

    /// <summary>The site's file sources (the tiny world): add or change files here before loading.</summary>
    public string SourcesFolder => _folder.File("sources");

    /// <summary>Starts the site on a real loopback socket (for a browser) and returns its base address.</summary>
    public string StartOnLoopback()
    {
        UseKestrel(0);
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <summary>Loads every source of the tiny world through the site's own runner.</summary>
    public void LoadTinyWorld() => Services.GetRequiredService<EtlRunner>().RunAll("test", CancellationToken.None);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Warehouse:DatabasePath", _folder.File("warehouse.duckdb"));
        builder.UseSetting("Etl:SourcesFolder", _folder.File("sources"));
        builder.UseSetting("Etl:RunOnStart", "false");
        builder.UseSetting("Demo:GenerateOnFirstStart", "false");
        builder.UseSetting("Hangfire:PostgresConnectionString", "");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _folder.Dispose();
    }
}
