using Insights.Etl;
using Insights.Reports;
using Insights.Warehouse;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Insights.Bench.Pages;

/// <summary>
/// The report pages (the same Razor pages and query classes as the site, without Hangfire, the ETL and sign-in) behind an
/// in-process Kestrel on a loopback port, on one warehouse file: what `bench loyalty` and `bench pages` drive with their HTTP
/// clients. Without a signed-in user, personal data shows masked (PersonalDataPolicy), as the product role sees it.
/// </summary>
sealed class ReportBenchSite : IAsyncDisposable
{
    readonly WebApplication _app;

    ReportBenchSite(WebApplication app, string baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>http://127.0.0.1:port</summary>
    public string BaseAddress { get; }

    /// <summary>The site's services (the warehouse, the queries).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts the pages on <paramref name="warehousePath"/> with DuckDB's <paramref name="threads"/> and memory limit (and
    /// <paramref name="loadMemoryLimit"/> while a load runs, as the site's Warehouse:LoadMemoryLimit); with
    /// <paramref name="sourcesFolder"/>, the ETL too (its loaders read that folder's operational, contacts and complaints files).
    /// </summary>
    public static async Task<ReportBenchSite> StartAsync(string warehousePath, int threads, string memoryLimit, string? sourcesFolder = null,
        string? loadMemoryLimit = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Warehouse:DatabasePath"] = warehousePath,
            ["Warehouse:Threads"] = threads.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Warehouse:MemoryLimit"] = memoryLimit,
            ["Warehouse:LoadMemoryLimit"] = loadMemoryLimit,
            ["Etl:SourcesFolder"] = sourcesFolder,
        });
        // the site's warnings and errors (an exception after a response's headers, a failed load) go to stderr, one line each,
        // apart from the figures on stdout: a failed request in the table is explained there
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Kestrel says at Information why it closed a connection mid-response (a response not read at its minimum data rate)
        builder.Logging.AddFilter("Microsoft.AspNetCore.Server.Kestrel", LogLevel.Information);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.AddWarehouse();
        builder.AddReports();
        if (sourcesFolder is not null) builder.AddEtl();
        // the CLI is not built by the web SDK, so the report pages are not discovered by themselves
        builder.Services.AddRazorPages().AddApplicationPart(typeof(Insights.Reports.Pages.Loyalty.LoyaltyQuery).Assembly);
        var app = builder.Build();
        app.MapRazorPages();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ReportBenchSite(app, address);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
