using System.Globalization;

namespace Insights.Tests.Reports.Pages.CrossSell.Sequences;

/// <summary>The sequential cross-sell page and its CSV download through the real site, on the hand-solved <see cref="CrossSellWorld"/>.</summary>
public sealed class SequencesPageTests(CrossSellSite site) : IClassFixture<CrossSellSite>
{
    // see SequencesQueryTests: within 30 days, Bakery => Dairy is 1 of 2 against a usual 1 of 3 (lift 1.5), Bakery => Drinks
    // 1 of 4 against 1 of 5 (lift 1.25); Dairy => Drinks has no follower and is not listed
    readonly HttpClient _client = site.Client();

    [Fact]
    public async Task Page_shows_the_strongest_pair_and_its_rates()
    {
        var html = await _client.GetStringAsync("/cross-sell/sequences?days=30&minCustomers=1");

        CrossSellSite.Shows(html, "of 2 customers who first bought Bakery (and had no Dairy yet), 50.0 % bought Dairy within 30 days, against a usual 33.3 %");
        CrossSellSite.Shows(html, "<td>Bakery</td><td>Drinks</td><td class=\"num\">4</td>");
        Assert.DoesNotContain("<td>Dairy</td><td>Drinks</td>", html);
        Assert.Contains("href=\"/cross-sell/sequences?level=category&amp;days=30&amp;minCustomers=1&amp;limit=100&amp;handler=Csv\"", html);
    }

    [Fact]
    public async Task Csv_has_every_pair_with_its_rates()
    {
        var lines = await CrossSellSite.CsvLines(await _client.GetAsync("/cross-sell/sequences?handler=Csv&days=30&minCustomers=1"),
            "cross-sell-sequences_days-30_minCustomers-1.csv");

        Assert.Equal("item_a,item_b,customers,followed,rate,baseline_rate,lift", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(c => (c[0], c[1]));
        Assert.Equal(["2", "1"], rows[("Bakery", "Dairy")][2..4]);
        Assert.Equal(1.5, double.Parse(rows[("Bakery", "Dairy")][6], CultureInfo.InvariantCulture), 12);
        Assert.Equal(1.25, double.Parse(rows[("Bakery", "Drinks")][6], CultureInfo.InvariantCulture), 12);
        Assert.False(rows.ContainsKey(("Dairy", "Drinks")));
    }

    [Theory]
    [InlineData("days=0", "The follow-up window must be between 1 and 3,650 days.")]
    [InlineData("minCustomers=0", "Minimum customers must be at least 1.")]
    [InlineData("level=shelf", "Level must be 'product' or 'category' (not 'shelf').")]
    public async Task An_invalid_filter_gives_the_message_with_400_on_the_page_and_the_download(string query, string message)
    {
        await CrossSellSite.Refused(await _client.GetAsync("/cross-sell/sequences?" + query), message);
        await CrossSellSite.Refused(await _client.GetAsync("/cross-sell/sequences?handler=Csv&" + query), message);
    }
}
