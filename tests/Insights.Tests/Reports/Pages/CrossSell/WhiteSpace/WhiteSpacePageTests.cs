using System.Globalization;

namespace Insights.Tests.Reports.Pages.CrossSell.WhiteSpace;

/// <summary>The white-space page and its CSV through the real site, on the hand-solved <see cref="CrossSellWorld"/>.</summary>
public sealed class WhiteSpacePageTests(CrossSellSite site) : IClassFixture<CrossSellSite>
{
    // see WhiteSpaceQueryTests: the Lost miss 2 Bakery buyers (26.00), the Champions 1 Drinks buyer (7.00); 33.00 in all
    readonly HttpClient _client = site.Client();

    [Fact]
    public async Task Page_shows_the_biggest_gap_the_total_and_the_matrix()
    {
        var html = await _client.GetStringAsync("/cross-sell/white-space");

        CrossSellSite.Shows(html, "Biggest gap: Lost buys Bakery at 33.3 % against 100.0 %");
        CrossSellSite.Shows(html, "about 2 missing buyers worth 26.00");
        CrossSellSite.Shows(html, "all gaps together: 33.00 EUR.");
        Assert.Contains("id=\"matrix\"", html);
        Assert.Contains("href=\"/cross-sell/white-space?handler=Csv\"", html);
    }

    [Fact]
    public async Task Csv_has_every_cell()
    {
        var lines = await CrossSellSite.CsvLines(await _client.GetAsync("/cross-sell/white-space?handler=Csv"), "cross-sell-white-space.csv");

        Assert.Equal("segment,category,customers,buyers,penetration,benchmark,spend_per_buyer,net_amount,gap_customers,gap_amount", lines[0]);
        var cells = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(c => (c[0], c[1]));
        Assert.Equal(6, cells.Count);
        Assert.Equal(26.0, double.Parse(cells[("Lost", "Bakery")][9], CultureInfo.InvariantCulture), 9);
        Assert.Equal(7.0, double.Parse(cells[("Champions", "Drinks")][9], CultureInfo.InvariantCulture), 9);
    }

    [Theory]
    [InlineData("from=2024-05-01&to=2024-01-01", "From (2024-05-01) must be on or before To (2024-01-01).")]
    [InlineData("to=yesterday", "The value 'yesterday' is not valid")]
    public async Task An_invalid_filter_gives_the_message_with_400_on_the_page_and_the_download(string query, string message)
    {
        await CrossSellSite.Refused(await _client.GetAsync("/cross-sell/white-space?" + query), message);
        await CrossSellSite.Refused(await _client.GetAsync("/cross-sell/white-space?handler=Csv&" + query), message);
    }
}
