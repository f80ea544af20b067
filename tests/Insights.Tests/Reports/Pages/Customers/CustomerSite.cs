using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Customers;

/// <summary>
/// The real site on a warehouse holding the customer 360 fixture. Its clock is the real one: a site clock in 2024 would expire
/// the sign-in cookies the test clients hold, so the exact SLA hours are checked by the query tests (fixed clock) and the
/// pages only by what no later "now" changes (a 2024 complaint is long past its target).
/// </summary>
public sealed class CustomerSite : SiteFactory
{
    /// <summary>Writes the fixture into the site's warehouse (after the site has started and migrated it).</summary>
    public CustomerSite Filled()
    {
        CustomerWorld.Fill(Services.GetRequiredService<DuckDbWarehouse>(), Services.GetRequiredService<ModelRunner>());
        return this;
    }
}

/// <summary>A class fixture: one filled customer site for a test class.</summary>
public sealed class CustomerSiteFixture : IDisposable
{
    public CustomerSite Site { get; } = new CustomerSite().Filled();

    public void Dispose() => Site.Dispose();
}
