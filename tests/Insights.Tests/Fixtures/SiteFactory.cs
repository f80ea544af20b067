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
/// Derived sites (<see cref="CdnowSiteFactory"/>, a fresh install) bring their own folder, sources and settings. A new warehouse
/// starts as a copy of <see cref="MigratedWarehouse"/>, but for a first start, which migrates its own.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    readonly TempFolder _folder;
    readonly bool _ownsFolder;
    readonly bool _firstStart;
    readonly IReadOnlyDictionary<string, string?> _settings;

    public SiteFactory() : this(new TempFolder(), ownsFolder: true)
    {
        TinyWorld.CopyTo(SourcesFolder);
    }

    /// <summary>
    /// A site whose warehouse and sources folder are in <paramref name="folder"/> (deleted with the site when
    /// <paramref name="ownsFolder"/>); <paramref name="firstStart"/> turns on the start-up chain and the demo world's generation;
    /// <paramref name="settings"/> are applied last (Hangfire stays in memory unless they set its storage).
    /// </summary>
    protected SiteFactory(TempFolder folder, bool ownsFolder, bool firstStart = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _folder = folder;
        _ownsFolder = ownsFolder;
        _firstStart = firstStart;
        // no background warm-up of report views: the tests decide what is loaded and read, and when
        var merged = new Dictionary<string, string?>(SignIn.Settings) { ["Hangfire:PostgresConnectionString"] = "", ["Reports:WarmUp:Enabled"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) merged[key] = value;
        _settings = merged;
    }

    /// <summary>The site's file sources (the tiny world): add or change files here before loading.</summary>
    public string SourcesFolder => _folder.File("sources");

    /// <summary>
    /// The recurring loads' schedule on a test site (a test that wants the real one sets it): once a year, at midnight on 1
    /// January. The default, every 30 minutes, fired in the middle of BrowsingDuringLoadTests at 09:30 and committed three
    /// loads the test had not recorded as states.
    /// </summary>
    public const string QuietSchedule = "0 0 1 1 *";

    /// <summary>Starts the site on a real loopback socket (for a browser) and returns its base address.</summary>
    public string StartOnLoopback()
    {
        UseKestrel(0);
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    /// <summary>
    /// A client signed in through the sign-in form as the test account of <paramref name="role"/> (created if missing), keeping its
    /// cookies and following redirects, as the browser does.
    /// </summary>
    public HttpClient ClientAs(string role, TimeSpan? timeout = null)
    {
        var user = SignIn.EnsureUser(Services, role);
        var client = CreateClient();
        if (timeout is { } limit) client.Timeout = limit;   // before the first request, as HttpClient requires
        SignIn.AsAsync(client, user).GetAwaiter().GetResult();
        return client;
    }

    /// <summary>A client with no session that does not follow redirects: what a visitor without an account gets.</summary>
    public HttpClient AnonymousClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Loads every source of the tiny world through the site's own runner.</summary>
    public void LoadTinyWorld() => Services.GetRequiredService<EtlRunner>().RunAll("test", CancellationToken.None);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var firstStart = _firstStart ? "true" : "false";
        builder.UseEnvironment("Production");
        var warehouse = _folder.File("warehouse.duckdb");
        // a new warehouse starts as the run's migrated empty file; a first start (a fresh install) migrates its own
        if (!_firstStart && !_settings.ContainsKey("Warehouse:DatabasePath") && !File.Exists(warehouse)) MigratedWarehouse.CopyTo(warehouse);
        builder.UseSetting("Warehouse:DatabasePath", warehouse);
        builder.UseSetting("Etl:SourcesFolder", SourcesFolder);
        builder.UseSetting("Etl:RunOnStart", firstStart);
        builder.UseSetting("Demo:GenerateOnFirstStart", firstStart);
        builder.UseSetting("Etl:Schedule", QuietSchedule);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsFolder) _folder.Dispose();
    }
}
