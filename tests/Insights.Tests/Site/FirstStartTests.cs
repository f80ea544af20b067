using Insights.Tests.Fixtures;
using Insights.Warehouse.Status;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Site;

/// <summary>
/// A fresh install, as `dotnet run --project reports/Insights.Site` starts it: no sources, no warehouse. The start-up job chain
/// must generate the demo world and load every source through Hangfire, and the home page must then show its numbers.
/// </summary>
public sealed class FirstStartTests : IDisposable
{
    readonly TempFolder _folder = new();

    sealed class FreshSite(TempFolder folder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Warehouse:DatabasePath", folder.File("warehouse.duckdb"));
            builder.UseSetting("Etl:SourcesFolder", folder.File("sources"));
            builder.UseSetting("Etl:RunOnStart", "true");
            builder.UseSetting("Demo:GenerateOnFirstStart", "true");
            builder.UseSetting("Demo:Scale", "0.002");
            builder.UseSetting("Hangfire:PostgresConnectionString", "");
        }
    }

    [Fact]
    public async Task Fresh_site_generates_the_demo_world_and_loads_every_source_through_hangfire()
    {
        await using var site = new FreshSite(_folder);
        var client = site.CreateClient();
        var status = site.Services.GetRequiredService<WarehouseStatusQuery>();

        // wait for the job chain (a condition, not a fixed sleep); a broken chain fails at the deadline
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (status.Freshness().Count(f => f.LastSuccessAt is not null) < 3)
        {
            Assert.True(DateTime.UtcNow < deadline, "the start-up chain did not load all three sources in 90 s: " +
                string.Join("; ", status.RecentRuns(10).Select(r => $"{r.Source} {r.Status} {r.Error}")));
            await Task.Delay(200);
        }

        Assert.True(File.Exists(_folder.File("sources/operational/customers.csv")));
        Assert.All(status.RecentRuns(10), r => Assert.Equal("startup", r.Trigger));
        var html = await client.GetStringAsync("/");
        Assert.Contains("id=\"kpi-customers\">200<", html);
        Assert.DoesNotContain("id=\"no-data\"", html);
    }

    public void Dispose() => _folder.Dispose();
}
