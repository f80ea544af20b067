using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.CrossSell.Rules;

/// <summary>
/// The rules entry page opens on something to see. The world: 200 baskets, each of two products never sold again (one Bakery,
/// one Dairy), so every product pair is in 0.5% of the baskets (under the default support of 1%: no product rule), while
/// Bakery and Dairy are together in every basket (category rules Bakery ⇒ Dairy and Dairy ⇒ Bakery, confidence 1).
/// </summary>
public sealed class RulesDefaultsTests : IDisposable
{
    readonly SiteFactory _site = new();
    readonly HttpClient _client;

    public RulesDefaultsTests()
    {
        using (var connection = _site.Services.GetRequiredService<DuckDbWarehouse>().OpenConnection())
            connection.ExecuteNonQuery("""
                insert into dim_product
                select i, i, null, 'Product ' || i, case when i % 2 = 1 then 'Bakery' else 'Dairy' end, null, false from range(1, 401) as t(i);
                insert into dim_customer
                select i, i, 'Customer ' || i, 'C' || i, null, 'North', 'web', null, timestamp '2020-01-01', timestamp '9999-12-31', true, false
                from range(1, 201) as t(i);
                insert into fct_order_line
                select b, line, 0, timestamp '2024-01-01' + to_days(b::integer), b, 2 * b - 2 + line, 1, 'completed', 1, 10.00, 10.00, 0, 10.00, false
                from range(1, 201) as t(b), range(1, 3) as l(line);
                """);
        _client = _site.ClientAs(Roles.Marketing);
    }

    static string Decoded(string html) => System.Text.RegularExpressions.Regex.Replace(System.Net.WebUtility.HtmlDecode(html), @"\s+", " ");

    [Fact]
    public async Task The_entry_page_opens_at_category_level_when_no_product_pair_reaches_the_default_support_and_says_so()
    {
        var html = Decoded(await _client.GetStringAsync("/cross-sell/rules"));

        Assert.Contains("No pair of products is in 1% of the baskets with confidence 20% or more, so the rules are at category level. For product rules, lower the minimum support (e.g. 0.001).", html);
        Assert.Contains("<span id=\"rule-count\">2</span>", html);
        Assert.Contains("id=\"rules-chart\"", html);
        Assert.Contains("level=category", html);   // its links keep the level it opened at
    }

    [Fact]
    public async Task A_level_the_reader_chose_is_kept_and_its_empty_result_says_what_it_means_and_what_to_try()
    {
        var html = Decoded(await _client.GetStringAsync("/cross-sell/rules?level=product"));

        Assert.DoesNotContain("id=\"filter-notes\"", html);
        Assert.Contains("<span id=\"rule-count\">0</span>", html);
        Assert.Contains("No rule passes these thresholds: no products are bought together in 1% of the baskets with confidence 20% or more.", html);
        var lower = Href(html, "try-lower-support");
        Assert.Contains("minSupport=0.001", lower);
        Assert.Contains("level=product", lower);
        Assert.Contains("level=category", Href(html, "try-categories"));
        Assert.DoesNotContain("id=\"rules-chart\"", html);   // no empty chart
        Assert.DoesNotContain("id=\"rules-csv\"", html);
    }

    static string Href(string html, string id)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, $"id=\"{id}\" href=\"([^\"]*)\"");
        Assert.True(match.Success, $"no link {id}");
        return match.Groups[1].Value;
    }

    public void Dispose() => _site.Dispose();
}
