using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Loyalty;

/// <summary>The real site on a warehouse holding the loyalty fixture (TestData/loyalty/world.sql) instead of the tiny world.</summary>
public sealed class LoyaltySite : IDisposable
{
    public LoyaltySite()
    {
        Factory = new SiteFactory();
        LoyaltyWorld.Fill(Factory.Services.GetRequiredService<DuckDbWarehouse>());
    }

    public SiteFactory Factory { get; }

    public void Dispose() => Factory.Dispose();
}
