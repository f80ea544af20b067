using System.Globalization;

namespace Insights.Tests.Reports.Pages.CrossSell.Opportunities;

/// <summary>The new-offerings page and its three CSV lists through the real site, on the hand-solved <see cref="CrossSellWorld"/>.</summary>
public sealed class OpportunitiesPageTests(CrossSellSite site) : IClassFixture<CrossSellSite>
{
    // see OpportunitiesQueryTests: Milk + Cheese is the one unbundled pair with lift above 1 (1.25, o9: 13.00); Dairy has the
    // most revenue at stake (c1 and c6 spent 26.00 on it); up to 01-20, Dairy + Drinks is a new rising pair
    readonly HttpClient _client = site.Client();

    [Fact]
    public async Task Page_shows_the_three_lists()
    {
        var html = await _client.GetStringAsync("/cross-sell/opportunities?minOrders=1");

        CrossSellSite.Shows(html, "<td>Milk</td><td>Cheese</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">13.00</td><td class=\"num\">1.25</td>");
        Assert.DoesNotContain("<td>Bread</td><td>Cake</td>", html);   // covered by the "Bread & Cake box"
        CrossSellSite.Shows(html, "Dairy has the most revenue at stake: 2 customers who complained or returned");
        CrossSellSite.Shows(html, "spent 26.00 on it.");
        Assert.Contains("href=\"/cross-sell/opportunities?minOrders=1&amp;limit=50&amp;handler=Csv&amp;kind=rising\"", html);
    }

    [Theory]
    [InlineData("pairs", "cross-sell-unbundled-pairs_minOrders-1.csv", "product_a,product_b,orders,customers,net_amount,lift", "Milk,Cheese,1,1,13,1.25")]
    [InlineData("complaints", "cross-sell-complaint-signals_minOrders-1.csv", "category,complaints,returns,customers,net_amount,", "Dairy,2,1,2,26,")]
    public async Task Each_list_downloads_as_its_own_csv(string kind, string fileName, string header, string firstRow)
    {
        var lines = await CrossSellSite.CsvLines(await _client.GetAsync($"/cross-sell/opportunities?handler=Csv&kind={kind}&minOrders=1"), fileName);

        Assert.StartsWith(header, lines[0]);
        Assert.StartsWith(firstRow, lines[1]);
    }

    [Fact]
    public async Task Rising_pairs_download_with_the_period()
    {
        var lines = await CrossSellSite.CsvLines(
            await _client.GetAsync("/cross-sell/opportunities?handler=Csv&kind=rising&minOrders=1&to=2024-01-20"), "cross-sell-rising-pairs_minOrders-1_to-2024-01-20.csv");

        Assert.Equal("category_a,category_b,early_orders,late_orders,early_share,late_share,growth,customers,net_amount", lines[0]);
        var pair = Assert.Single(lines.Skip(1)).Split(',');
        Assert.Equal(("Dairy", "Drinks", "0", "1"), (pair[0], pair[1], pair[2], pair[3]));
        Assert.Equal("", pair[6]);   // new in the later half: no growth ratio
        Assert.Equal(1.0, double.Parse(pair[5], CultureInfo.InvariantCulture), 12);
    }

    [Theory]
    [InlineData("minOrders=0", "Minimum orders per pair must be at least 1.")]
    [InlineData("limit=20000", "Rows per list must be between 1 and 10,000.")]
    public async Task An_invalid_filter_gives_the_message_with_400_on_the_page_and_the_download(string query, string message)
    {
        await CrossSellSite.Refused(await _client.GetAsync("/cross-sell/opportunities?" + query), message);
        await CrossSellSite.Refused(await _client.GetAsync("/cross-sell/opportunities?handler=Csv&" + query), message);
    }
}
