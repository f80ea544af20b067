using Insights.Etl;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Fixtures;

/// <summary>
/// The real site (Program) on a temporary warehouse with CDNOW_sample.txt as a mapped file source (see
/// <see cref="CdnowSampleWarehouse.Mapping"/>), loaded by <see cref="LoadCdnow"/>; start-up loads and Hangfire storage as in
/// <see cref="SiteFactory"/>.
/// </summary>
public sealed class CdnowSiteFactory : WebApplicationFactory<Program>
{
    readonly TempFolder _folder = new();

    public CdnowSiteFactory()
    {
        Directory.CreateDirectory(_folder.File("cdnow"));
        Directory.CreateDirectory(_folder.File("sources"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "cdnow", "CDNOW_sample.txt"), _folder.File("cdnow/CDNOW_sample.txt"));
    }

    /// <summary>Starts the site on a real loopback socket (for a browser) and returns its base address.</summary>
    public string StartOnLoopback()
    {
        UseKestrel(0);
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <summary>Loads the CDNOW sample through the site's own runner.</summary>
    public void LoadCdnow() => Services.GetRequiredService<EtlRunner>().Run("cdnow", "test", CancellationToken.None);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Warehouse:DatabasePath", _folder.File("warehouse.duckdb"));
        builder.UseSetting("Etl:SourcesFolder", _folder.File("sources"));
        builder.UseSetting("Etl:RunOnStart", "false");
        builder.UseSetting("Demo:GenerateOnFirstStart", "false");
        builder.UseSetting("Hangfire:PostgresConnectionString", "");
        foreach (var (key, value) in CdnowSampleWarehouse.Mapping(_folder.File("cdnow"))) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _folder.Dispose();
    }
}
