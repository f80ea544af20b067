using System.Globalization;

namespace Insights.Tests.Reports.Pages.CrossSell.Offers;

/// <summary>The next-best-offer page and its campaign CSV through the real site, on the hand-solved <see cref="CrossSellWorld"/>.</summary>
public sealed class OffersPageTests(CrossSellSite site) : IClassFixture<CrossSellSite>
{
    // see OffersQueryTests: c3 (Champions, bought Bakery) is offered Dairy by the rule Bakery => Dairy (0.75) and Drinks by its
    // segment (1 of 3 Champions); the Lost (c4, c5, c6) get their own list
    readonly HttpClient _client = site.Client();

    [Fact]
    public async Task Page_shows_each_offer_with_its_reason()
    {
        var html = await _client.GetStringAsync("/cross-sell/offers?minSupport=0");

        Assert.Contains("id=\"offers-summary\"", html);
        CrossSellSite.Shows(html, "bought Bakery; 75% of buyers of Bakery also buy Dairy, 1.1× the usual rate");
        CrossSellSite.Shows(html, "33% of Champions customers buy Drinks");
        Assert.Contains("href=\"/cross-sell/offers?level=category&amp;top=3&amp;minSupport=0&amp;minLift=1.0&amp;limit=200&amp;handler=Csv\"", html);
    }

    [Fact]
    public async Task Csv_is_the_target_list_of_the_segment_named_after_it()
    {
        var lines = await CrossSellSite.CsvLines(await _client.GetAsync("/cross-sell/offers?handler=Csv&minSupport=0&segment=Lost"),
            "cross-sell-offers-lost.csv");

        Assert.Equal("customer_id,segment,rank,item,score,basis,reason", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(["4", "5", "6"], rows.Select(r => r[0]).Distinct());
        var c5 = rows.Where(r => r[0] == "5").ToList();
        Assert.Equal(["Dairy", "Bakery"], c5.Select(r => r[3]));
        Assert.Equal(2.0 / 3, double.Parse(c5[0][4], CultureInfo.InvariantCulture), 12);
    }

    [Theory]
    [InlineData("top=0", "Offers per customer must be between 1 and 50.")]
    [InlineData("minLift=0.5", "Minimum lift must be at least 1 (a rule must raise the rate).")]
    [InlineData("from=2024-02-01&to=2024-01-01", "From (2024-02-01) must be on or before To (2024-01-01).")]
    public async Task An_invalid_filter_gives_the_message_with_400_on_the_page_and_the_download(string query, string message)
    {
        await CrossSellSite.Refused(await _client.GetAsync("/cross-sell/offers?" + query), message);
        await CrossSellSite.Refused(await _client.GetAsync("/cross-sell/offers?handler=Csv&" + query), message);
    }
}
