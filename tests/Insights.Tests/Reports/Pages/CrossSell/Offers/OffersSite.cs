using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.CrossSell.Offers;

/// <summary>The real site on a warehouse holding <see cref="OffersWorld"/> (TestData/offers) and one saved segment (<see cref="SegmentId"/>).</summary>
public sealed class OffersSite : IDisposable
{
    public OffersSite()
    {
        Factory = new SiteFactory();
        OffersWorld.Fill(Factory.Services.GetRequiredService<DuckDbWarehouse>());
        OffersWorld.SaveSegment(Factory.Services.GetRequiredService<DuckDbWarehouse>(), SegmentId, "Ann, Cat & Eve", 1, 3, 5);
    }

    /// <summary>The saved segment "Ann, Cat &amp; Eve" (customers 1, 3 and 5).</summary>
    public const int SegmentId = 7;

    public SiteFactory Factory { get; }

    public void Dispose() => Factory.Dispose();
}
