using Insights.Reports.Pages.Loyalty;

namespace Insights.Tests.Reports.Pages.Loyalty;

/// <summary>Loyalty beyond price, and retention after complaints and returns (README: Beyond price, Service and loyalty).</summary>
public sealed class PriceAndServiceTests(LoyaltyWorld world) : IClassFixture<LoyaltyWorld>
{
    [Fact]
    public void Price_classes_split_repeat_customers_by_their_full_price_share()
    {
        var rows = world.Query.Price(world.Scope()).ToDictionary(r => r.PriceClass);

        Assert.Equal(["Brand loyal", "Mixed", "Deal seeker", "Single purchase"], world.Query.Price(world.Scope()).Select(r => r.PriceClass));
        // brand loyal: customer 1 (180 of 200 at full price = 0.9) and 7 (100 of 100)
        Assert.Equal((2L, 300.00m, 280.00m, 2.5), (rows["Brand loyal"].Customers, rows["Brand loyal"].NetAmount,
            rows["Brand loyal"].FullPriceAmount, rows["Brand loyal"].AvgOrders));
        Assert.Equal((1L, 50.00m), (rows["Mixed"].Customers, rows["Mixed"].NetAmount));          // customer 5: exactly 0.5
        Assert.Equal((1L, 120.00m, 40.00m), (rows["Deal seeker"].Customers, rows["Deal seeker"].NetAmount,
            rows["Deal seeker"].FullPriceAmount));                                                  // customer 2: 1/3
        Assert.Equal(3, rows["Single purchase"].Customers);                                        // customers 3, 4, 6
        Assert.Equal(1.0 / 3, rows["Deal seeker"].FullPriceShare, 9);
    }

    [Fact]
    public void Retention_after_a_complaint_depends_on_how_it_was_handled()
    {
        var rows = world.Query.Service(world.Scope()).Where(r => r.Kind == "complaint")
            .ToDictionary(r => r.Group, r => (r.Customers, r.Retained));

        // window start 2024-07-01 - 90 days = 2024-04-02; each customer's first complaint before it
        Assert.Equal(new Dictionary<string, (long, long)>
        {
            ["Resolved quickly"] = (1, 1),   // customer 1 (24 h; complaint 4 is a second one), ordered 2024-03-10
            ["Resolved slowly"] = (1, 0),    // customer 2 (120 h), next order 2024-06-20 is 121 days later
            ["Unresolved"] = (1, 0),         // customer 3
            ["No complaint"] = (1, 1),       // customer 5 (first order before the window; ordered 2024-04-04)
        }, rows);
    }

    [Fact]
    public void Retention_after_a_return_against_customers_without_one()
    {
        var rows = world.Query.Service(world.Scope()).Where(r => r.Kind == "return")
            .ToDictionary(r => r.Group, r => (r.Customers, r.Retained));

        Assert.Equal(new Dictionary<string, (long, long)>
        {
            ["Returned"] = (2, 1),    // customer 5 ordered again 2024-04-04; customer 3 never
            ["No return"] = (2, 2),   // customers 1 and 2 ordered in the last 90 days
        }, rows);
    }

    [Fact]
    public void Drill_down_lists_lapsed_customers_of_a_service_group_and_a_price_class()
    {
        var lapsed = world.Query.Customers(world.Scope(), new LoyaltySelection { ServiceGroup = "Returned", Retained = false });
        Assert.Equal(3, Assert.Single(lapsed).CustomerId);

        var loyal = world.Query.Customers(world.Scope(), new LoyaltySelection { PriceClass = "Brand loyal" });
        Assert.Equal([1, 7], loyal.Select(c => c.CustomerId));
    }
}
