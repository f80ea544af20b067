using System.Text.RegularExpressions;

namespace Insights.Tests.Reports.Pages.CrossSell.Offers;

/// <summary>The next-best-offer page, its campaign CSV and its backtest through the real site, on the hand-solved <see cref="OffersWorld"/>.</summary>
public sealed class OffersPageTests(OffersSite site) : IClassFixture<OffersSite>
{
    readonly HttpClient _marketing = site.Factory.ClientAs(Roles.Marketing);

    [Fact]
    public async Task Page_shows_each_offer_with_the_customer_s_name_profile_link_and_reason()
    {
        var html = await _marketing.GetStringAsync("/cross-sell/offers");

        Assert.Contains("id=\"offers-summary\"", html);
        Assert.Contains("href=\"/customers/1\"", html);
        CrossSellSite.Shows(html, "bought Coffee on 8 days, about every 14 days; Coffee overdue by about 9 days");
        // a name is customer input: encoded, never markup
        Assert.Contains("=Fay &lt;b&gt;&quot;June&quot;&lt;/b&gt;", html);
        Assert.DoesNotContain("<b>\"June\"", html);
        Assert.Contains("id=\"how-computed\"", html);
    }

    [Fact]
    public async Task The_product_role_sees_first_names_only_on_the_page_and_in_the_csv()
    {
        var product = site.Factory.ClientAs(Roles.Product);

        var html = await product.GetStringAsync("/cross-sell/offers");
        var lines = await CrossSellSite.CsvLines(await product.GetAsync("/cross-sell/offers?handler=Csv"), "cross-sell-offers.csv");

        Assert.DoesNotContain("June", html);
        Assert.Contains("<td>=Fay</td>", html);
        Assert.DoesNotContain(lines, l => l.Contains("June", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_is_the_target_list_in_customer_order_with_formulas_neutralised()
    {
        var lines = await CrossSellSite.CsvLines(await _marketing.GetAsync("/cross-sell/offers?handler=Csv"), "cross-sell-offers.csv");

        Assert.Equal("customer_id,segment,rank,item,score,basis,reason,preferred_name,category,p_alive,expected_purchases,due_in_days", lines[0]);
        var ids = lines.Skip(1).Select(l => int.Parse(l.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(ids.Order(), ids);
        Assert.DoesNotContain(lines, l => l.Contains(",=Fay", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Backtest_section_shows_the_table_chart_and_ratio_of_the_hand_solved_world()
    {
        var html = await _marketing.GetStringAsync("/cross-sell/offers?section=backtest&horizon=30");

        CrossSellSite.Shows(html, "Backtest: offers made before 2024-04-01, measured over the next 30 days");
        CrossSellSite.Shows(html, "16.7% bought their first next-best offer (most likely) within 30 days, against 16.7% for the most popular item: 1.00× the popularity baseline");
        CrossSellSite.Shows(html, "3.0%–56.4%");
        CrossSellSite.Shows(html, "18.8%–81.2%");   // popularity's top 3: 3 of 6
        Assert.Contains("id=\"backtest-chart\" src=\"data:image/svg+xml;base64,", System.Net.WebUtility.HtmlDecode(html));
    }

    [Fact]
    public async Task A_saved_segment_lists_and_downloads_exactly_its_members_rows_and_the_backtest_stays_over_everyone()
    {
        var id = OffersSite.SegmentId;
        var allLines = await CrossSellSite.CsvLines(await _marketing.GetAsync("/cross-sell/offers?handler=Csv"), "cross-sell-offers.csv");
        var lines = await CrossSellSite.CsvLines(await _marketing.GetAsync($"/cross-sell/offers?handler=Csv&segmentId={id}"),
            $"cross-sell-offers_segment-{id}-Ann--Cat---Eve.csv");
        static int Customer(string line) => int.Parse(line.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture);
        var members = allLines.Skip(1).Where(l => Customer(l) is 1 or 3 or 5).ToList();
        Assert.Equal([1, 3, 5], members.Select(Customer).Distinct());
        Assert.True(allLines.Length - 1 > members.Count);   // the others have offers too
        Assert.Equal([allLines[0], .. members], lines);

        var html = await _marketing.GetStringAsync($"/cross-sell/offers?segmentId={id}&limit=1000");
        var all = await _marketing.GetStringAsync("/cross-sell/offers?limit=1000");
        CrossSellSite.Shows(html, "Segment: Ann, Cat & Eve (3 customers)");
        CrossSellSite.Shows(html, $"{members.Count} offers for the members of “Ann, Cat & Eve” (of 6 with purchases)");
        var linked = Regex.Matches(html, "href=\"/customers/(\\d+)\"").Select(m => m.Groups[1].Value).Distinct();
        Assert.Equal(["1", "3", "5"], linked.Order());
        Assert.Contains("href=\"/customers/2\"", all);
        Assert.DoesNotContain("id=\"offers-shown\"", html);
        Assert.Contains("id=\"offers-shown\"", await _marketing.GetStringAsync($"/cross-sell/offers?segmentId={id}&limit=2"));

        var backtest = await _marketing.GetStringAsync($"/cross-sell/offers?section=backtest&horizon=30&segmentId={id}");
        CrossSellSite.Shows(backtest, "The backtest is over all customers, not only the members of “Ann, Cat & Eve”");
        CrossSellSite.Shows(backtest, "16.7% bought their first next-best offer");   // the same figures as without the segment
    }

    [Fact]
    public async Task An_unknown_saved_segment_is_a_400_on_the_page_and_the_download()
    {
        await CrossSellSite.Refused(await _marketing.GetAsync("/cross-sell/offers?segmentId=987654"), "There is no saved segment 987654");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await _marketing.GetAsync("/cross-sell/offers?handler=Csv&segmentId=987654")).StatusCode);
    }

    [Theory]
    [InlineData("section=backtest&horizon=30&cutoff=2024-04-02", "The cutoff plus the horizon must end by the day after the last purchase day (2024-04-30)")]
    [InlineData("rank=best", "Rank 'best': use likely or revenue.")]
    [InlineData("minAlive=2", "Minimum P(alive) must be between 0 and 1.")]
    [InlineData("horizon=1", "Horizon must be between 7 and 365 days.")]
    [InlineData("top=0", "Offers per customer must be between 1 and 50.")]
    public async Task An_invalid_filter_gives_the_message_with_400(string query, string message) =>
        await CrossSellSite.Refused(await _marketing.GetAsync("/cross-sell/offers?" + query), message);
}
