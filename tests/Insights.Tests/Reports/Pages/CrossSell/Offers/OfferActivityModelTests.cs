using Insights.Reports.Pages.CrossSell.Offers;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.CrossSell.Offers;

/// <summary>P(alive) and expected purchases for the offers, and the fallback when BG/NBD gives no usable forecast.</summary>
public sealed class OfferActivityModelTests
{
    [Fact]
    public void A_fit_that_passes_its_diagnostics_but_forecasts_nan_is_replaced_by_each_customer_s_own_rate()
    {
        // CrossSellWorld's six customers give a "trusted" BG/NBD fit whose expected purchases are NaN
        using var world = new CrossSellWorld(withSegments: false);
        using var connection = world.Get<DuckDbWarehouse>().OpenConnection();
        var history = OfferHistory.Read(connection, "category", new DateOnly(2024, 5, 1), cutoff: false, null, null, CancellationToken.None);

        var activities = OfferActivityModel.Score(history, 90, CancellationToken.None);

        Assert.False(activities.Modelled);
        Assert.NotNull(activities.ModelNote);
        // c1: purchase days 2024-01-01 and 01-10; 01-01 to the calibration end 04-30 is 31 + 29 + 31 + 29 = 120 days: 2 / 121 × 90
        var c1 = activities.Customers[history.Customers.ToList().FindIndex(c => c.Id == 1)];
        Assert.Equal((1.0, 2.0 / 121 * 90), (c1.ProbabilityAlive, c1.ExpectedPurchasesIfAlive));
    }
}
