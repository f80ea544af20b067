using Insights.Warehouse;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Customers;

/// <summary>The real site on a warehouse holding the customer 360 fixture, its clock at <see cref="CustomerWorld.Now"/>.</summary>
public sealed class CustomerSite : SiteFactory
{
    public CustomerSite() : base(new TempFolder(), ownsFolder: true)
    {
    }

    /// <summary>Writes the fixture into the site's warehouse (after the site has started and migrated it).</summary>
    public CustomerSite Filled()
    {
        CustomerWorld.Fill(Services.GetRequiredService<DuckDbWarehouse>(), Services.GetRequiredService<ModelRunner>());
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new SettableClock(CustomerWorld.Now)));
    }
}

/// <summary>A class fixture: one filled customer site for a test class.</summary>
public sealed class CustomerSiteFixture : IDisposable
{
    public CustomerSite Site { get; } = new CustomerSite().Filled();

    public void Dispose() => Site.Dispose();
}
