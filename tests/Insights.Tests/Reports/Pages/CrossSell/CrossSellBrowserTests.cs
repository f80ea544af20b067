using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Insights.Tests.Reports.Pages.CrossSell;

/// <summary>The cross-sell pages in a real Chromium against the real site, on the tiny world.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CrossSellBrowserTests(PlaywrightFixture playwright) : IAsyncLifetime
{
    const string Hostile = "<img src=x onerror=\"window.pwned=1\">Croissant";

    readonly SiteFactory _site = new();
    string _baseUrl = "";

    public Task InitializeAsync()
    {
        _baseUrl = _site.StartOnLoopback();
        _site.LoadTinyWorld();
        // an item name is user input: one that is markup must show as text and never run
        using var connection = _site.Services.GetRequiredService<DuckDbWarehouse>().OpenConnection();
        connection.ExecuteNonQuery("update dim_product set product_name = $name where product_id = 20", ("name", Hostile));
        // the load scored the tiny world's customers; each test sets the segments it is about (none, or its own)
        connection.ExecuteNonQuery("delete from mart_customer_rfm");
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Rules_page_mines_the_baskets_shows_table_chart_and_sorts_and_item_names_stay_text()
    {
        await using var context = await playwright.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, _baseUrl, SignIn.EnsureUser(_site.Services, Roles.Admin));
        await page.GotoAsync(_baseUrl + "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cross-sell" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(_baseUrl + "/cross-sell/rules");
        await Assertions.Expect(page.Locator("#no-segments")).ToBeVisibleAsync();

        // tiny world: 3 completed orders {coffee, croissant}, {coffee}, {product 30} (order 102 is cancelled): support 0.25 is
        // under 1 basket, so the page mines at 2 and says so (no pair is in 2 baskets); with each order twice, at support 0.25
        // (2 of 6 baskets) and confidence 0.5: croissant => coffee (2 of 2) and coffee => croissant (2 of 4)
        await page.FillAsync("input[name=minSupport]", "0.25");
        await page.ClickAsync("#apply");
        await Assertions.Expect(page.Locator("#support-floor")).ToContainTextAsync("a rule must hold in at least 2");
        await Assertions.Expect(page.Locator("#rule-count")).ToHaveTextAsync("0");
        using (var connection = _site.Services.GetRequiredService<DuckDbWarehouse>().OpenConnection())
            connection.ExecuteNonQuery("insert into fct_order_line select * replace (order_id + 1000 as order_id) from fct_order_line");
        await page.FillAsync("input[name=minSupport]", "0.25");
        await page.FillAsync("input[name=minConfidence]", "0.5");
        await page.ClickAsync("#apply");

        var rows = page.Locator("#rules tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#rule-count")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator("#rules tbody")).ToContainTextAsync("{" + Hostile + "}");
        Assert.Null(await page.EvaluateAsync<int?>("() => window.pwned"));
        Assert.True(await page.Locator("#rules-chart").EvaluateAsync<int>("img => img.naturalWidth") > 0);

        await page.Locator("#rules").GetByRole(AriaRole.Link, new() { Name = "confidence" }).ClickAsync();   // the column's sort link, not the glossary's
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("sort=confidence"));
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        var csv = await page.Locator("#rules-csv").GetAttributeAsync("href");
        Assert.Contains("handler=Csv", csv);
    }

    [Fact]
    public async Task Every_cross_sell_view_answers_and_white_space_says_there_are_no_segments()
    {
        await using var context = await playwright.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, _baseUrl, SignIn.EnsureUser(_site.Services, Roles.Admin));

        foreach (var view in new[] { "sequences", "offers", "opportunities" })
        {
            var response = await page.GotoAsync($"{_baseUrl}/cross-sell/{view}");
            Assert.Equal(200, response!.Status);
            await Assertions.Expect(page.Locator("#title")).ToBeVisibleAsync();
        }
        await page.GotoAsync(_baseUrl + "/cross-sell/white-space");
        await Assertions.Expect(page.Locator("#no-segments")).ToContainTextAsync("No customer segments exist yet");
        await Assertions.Expect(page.Locator("#white-space-chart")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task With_segments_white_space_shows_the_heatmap_and_the_gaps_in_money_and_offers_filter_by_segment()
    {
        using (var connection = _site.Services.GetRequiredService<DuckDbWarehouse>().OpenConnection())
            connection.ExecuteNonQuery("""
                insert into mart_customer_rfm by name
                select customer_id, date '2024-03-06' as as_of_date, recency_days, count_orders, net_amount, r_score, f_score, m_score,
                    segment, segment_rank, net_amount as full_price_amount, timestamp '2024-01-01' as first_ordered_at,
                    date '2024-03-05' as last_ordered_on, date '2024-01-01' as cohort_month, 'Mixed' as price_class
                from (values (1, 20, 2, 38.00, 5, 5, 5, 'Champions', 1), (4, 1, 1, 4.00, 5, 1, 1, 'Lost', 11))
                    as t(customer_id, recency_days, count_orders, net_amount, r_score, f_score, m_score, segment, segment_rank)
                """);
        await using var context = await playwright.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignIn.AsAsync(page, _baseUrl, SignIn.EnsureUser(_site.Services, Roles.Admin));

        await page.GotoAsync(_baseUrl + "/cross-sell/white-space");

        // Champions (customer 1) bought Coffee 25.00 + 10.00 and Bakery 3.00; Lost (customer 4) bought product 30 (Unknown) 4.00.
        // Gaps: Lost misses Coffee (1 buyer x 35.00), Champions Unknown (4.00), Lost Bakery (3.00)
        await Assertions.Expect(page.Locator("#no-segments")).ToHaveCountAsync(0);
        Assert.True(await page.Locator("#white-space-chart").EvaluateAsync<int>("img => img.naturalWidth") > 0);
        var gaps = page.Locator("#gaps tbody tr");
        await Assertions.Expect(gaps).ToHaveCountAsync(3);
        await Assertions.Expect(gaps.First).ToContainTextAsync("Lost");
        await Assertions.Expect(gaps.First).ToContainTextAsync("35.00");

        await page.GotoAsync(_baseUrl + "/cross-sell/offers?Segment=Champions&MinSupport=0");
        await Assertions.Expect(page.Locator("select[name=segment] option")).ToHaveTextAsync(["all customers", "Champions", "Lost"]);
        // customer 1 bought Coffee on two days and Bakery on one; no Champion bought anything else and no rule starts there:
        // the one offer is Bakery again
        await Assertions.Expect(page.Locator("#offers-summary")).ToContainTextAsync("1 offers for Champions customers");
        await Assertions.Expect(page.Locator("#offers tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#offers tbody tr").First).ToContainTextAsync("bought Bakery on 1 of 2 purchase days");
        // no Champion bought Unknown (the segment's take-up is 0): no offer, said plainly
        await page.GotoAsync(_baseUrl + "/cross-sell/offers?Segment=Champions&MinSupport=0&Category=Unknown");
        await Assertions.Expect(page.Locator("#offers-summary")).ToContainTextAsync("0 offers for Champions customers");
        await Assertions.Expect(page.Locator("#offers tbody tr")).ToHaveCountAsync(0);
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();
}
