using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.CrossSell.Offers;

/// <summary>The real site on a warehouse holding <see cref="OffersWorld"/> (TestData/offers).</summary>
public sealed class OffersSite : IDisposable
{
    public OffersSite()
    {
        Factory = new SiteFactory();
        OffersWorld.Fill(Factory.Services.GetRequiredService<DuckDbWarehouse>());
    }

    public SiteFactory Factory { get; }

    public void Dispose() => Factory.Dispose();
}
