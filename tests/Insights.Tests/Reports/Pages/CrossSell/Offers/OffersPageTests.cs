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
        CrossSellSite.Shows(html, "33.3% bought their first next-best offer (most likely) within 30 days, against 16.7% for the most popular item: 2.00× the popularity baseline");
        CrossSellSite.Shows(html, "9.7%–70.0%");
        Assert.Contains("id=\"backtest-chart\" src=\"data:image/svg+xml;base64,", System.Net.WebUtility.HtmlDecode(html));
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
