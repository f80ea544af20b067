using Insights.Reports.Pages.Service.Returns;

namespace Insights.Tests.Reports.Pages.Service.Returns;

/// <summary>The returns view over the returns world (TestData/service/returns/README.md has every number).</summary>
public sealed class ReturnsQueryTests : IDisposable
{
    readonly ServiceWorld _world = new("returns");

    ReturnsResult Run(DateOnly? from = null, DateOnly? to = null, string? region = null) =>
        _world.Host.Get<ReturnsQuery>().Run(new ReturnsFilter { From = from, To = to, Region = region });

    ReturnsResult JanFeb(string? region = null) => Run(new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 29), region);

    static (string, long?, decimal?, long, decimal, long) Numbers(ReturnRow r) =>
        (r.Label, r.SoldQuantity, r.NetAmount, r.ReturnedQuantity, r.RefundAmount, r.Returns);

    [Fact]
    public void Sets_returns_against_the_lines_sold_in_the_period_by_category()
    {
        var result = JanFeb();
        Assert.Equal([("Kitchen", 6L, 270.00m, 3L, 130.00m, 3L), ("Books", 4L, 74.00m, 1L, 18.00m, 1L)],
            result.Categories.Select(Numbers));
        Assert.Equal(0.5, result.Categories[0].QuantityRate);
        Assert.Equal(130.0 / 270, result.Categories[0].RefundRate!.Value, 9);
        Assert.Equal(0.25, result.Categories[1].QuantityRate);
        var total = result.Total;
        Assert.Equal((10L, 344.00m, 4L, 148.00m), (total.SoldQuantity, total.NetAmount, total.ReturnedQuantity, total.RefundAmount));
        Assert.Equal(0.4, total.QuantityRate);
    }

    [Fact]
    public void Products_reasons_and_months_of_sale()
    {
        var result = JanFeb();
        Assert.Equal([("Kettle", 3L, 120.00m, 2L, 80.00m, 2L), ("Toaster", 3L, 150.00m, 1L, 50.00m, 1L), ("Novel", 4L, 74.00m, 1L, 18.00m, 1L)],
            result.Products.Select(Numbers));
        Assert.Equal([("damaged", null, null, 2L, 90.00m, 2L), ("not wanted", null, null, 1L, 40.00m, 1L), ("wrong item", null, null, 1L, 18.00m, 1L)],
            result.Reasons.Select(Numbers));
        Assert.Equal([("2024-01", 4L, 150.00m, 2L, 80.00m, 2L), ("2024-02", 6L, 194.00m, 2L, 68.00m, 2L)], result.Months.Select(Numbers));
        Assert.Equal(68.0 / 194, result.Months[1].RefundRate!.Value, 9);
    }

    [Fact]
    public void The_customers_who_return_most_with_their_own_rates()
    {
        var customers = JanFeb().Customers;
        Assert.Equal([1L, 3L], customers.Select(c => c.CustomerId));
        Assert.Equal(("Ada North", 5L, 200.00m, 3L, 130.00m), (customers[0].Name, customers[0].Numbers.SoldQuantity, customers[0].Numbers.NetAmount,
            customers[0].Numbers.ReturnedQuantity, customers[0].Numbers.RefundAmount));
        Assert.Equal(0.6, customers[0].Numbers.QuantityRate);
        Assert.Equal(18.0 / 94, customers[1].Numbers.RefundRate!.Value, 9);
        Assert.Equal("=Cy <script>x</script>", customers[1].Name);
    }

    [Fact]
    public void A_cancelled_line_and_its_return_never_count_and_the_whole_history_adds_march()
    {
        var all = Run();
        Assert.Equal((11L, 5L), (all.Total.SoldQuantity, all.Total.ReturnedQuantity));
        Assert.Equal(("Books", 5L, 94.00m, 2L, 38.00m, 2L), Numbers(all.Categories.Single(c => c.Label == "Books")));
        Assert.Equal(("2024-03", 1L, 20.00m, 1L, 20.00m, 1L), Numbers(all.Months[2]));
        Assert.DoesNotContain(all.Reasons, r => r.Returns > 2);
    }

    [Fact]
    public void A_region_keeps_its_customers_lines()
    {
        var south = JanFeb(region: "South");
        Assert.Equal([("Books", 3L, 54.00m, 1L, 18.00m, 1L), ("Kitchen", 2L, 90.00m, 0L, 0.00m, 0L)], south.Categories.Select(Numbers));
        Assert.Equal([3L], south.Customers.Select(c => c.CustomerId));
    }

    public void Dispose() => _world.Dispose();
}
