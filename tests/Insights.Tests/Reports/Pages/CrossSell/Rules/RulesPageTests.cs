using System.Globalization;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.CrossSell.Rules;

/// <summary>
/// The basket-rules page and its CSV download through the real site, on the hand-solved <see cref="CrossSellWorld"/> with every
/// order twice: a rule must hold in at least 2 baskets, and twice the baskets keep every share, confidence and lift.
/// </summary>
public sealed class RulesPageTests(RulesPageTests.TwiceTheBaskets world) : IClassFixture<RulesPageTests.TwiceTheBaskets>
{
    /// <summary>The cross-sell site with a copy of each order under another id.</summary>
    public sealed class TwiceTheBaskets : IDisposable
    {
        public TwiceTheBaskets()
        {
            Site = new CrossSellSite();
            using var connection = Site.Factory.Services.GetRequiredService<DuckDbWarehouse>().OpenConnection();
            connection.ExecuteNonQuery("insert into fct_order_line select * replace (order_id + 100 as order_id) from fct_order_line");
        }

        public CrossSellSite Site { get; }

        public void Dispose() => Site.Dispose();
    }

    // 10 baskets, each twice: {Bread, Milk} {Cheese} {Bread} {Milk, Beer} {Bread, Cake} {Milk} {Bread} {Beer} {Milk, Cheese} {Beer}
    // (Bread 8, Milk 8, Beer 6, Cheese 4, Cake 2 of 20). At support 0.1 (two baskets) and confidence 0.5 two rules hold:
    // {Cake} => {Bread}: 2 of 2, lift 1 / (8/20) = 2.5, conviction infinite; {Cheese} => {Milk}: 2 of 4, lift 0.5 / (8/20) = 1.25
    const string Thresholds = "minSupport=0.1&minConfidence=0.5";
    readonly HttpClient _client = world.Site.Client();

    [Fact]
    public async Task Page_lists_the_hand_solved_rules_strongest_lift_first_with_links_that_keep_the_filter()
    {
        var html = await _client.GetStringAsync("/cross-sell/rules?" + Thresholds);

        Assert.Contains("<span id=\"rule-count\">2</span>", html);
        CrossSellSite.Shows(html, "The strongest by lift: {Cake} ⇒ {Bread}, 2.5×");
        var cake = html.IndexOf("<td>{Cake}</td><td>{Bread}</td>", StringComparison.Ordinal);
        var cheese = html.IndexOf("<td>{Cheese}</td><td>{Milk}</td>", StringComparison.Ordinal);
        Assert.True(cake > 0 && cheese > cake, "rules by lift, highest first");
        CrossSellSite.Shows(html, "<td class=\"num\">2.50</td>");
        CrossSellSite.Shows(html, "<td class=\"num\">∞</td>");
        // the sort links and the download keep the thresholds
        Assert.Contains("href=\"/cross-sell/rules?level=product&amp;minSupport=0.1&amp;minConfidence=0.5&amp;", html);
        Assert.Contains("sort=confidence&amp;ascending=false", html);
        Assert.Contains("id=\"how-computed\"", html);
    }

    [Fact]
    public async Task Csv_has_every_rule_with_the_cli_columns()
    {
        var lines = await CrossSellSite.CsvLines(await _client.GetAsync("/cross-sell/rules?handler=Csv&" + Thresholds), "cross-sell-rules_minSupport-0.1_minConfidence-0.5.csv");

        Assert.Equal("antecedent,consequent,support,confidence,lift,leverage,conviction,count,antecedent_count,consequent_count", lines[0]);
        Assert.Equal(3, lines.Length);
        var first = lines[1].Split(',');
        Assert.Equal(("{Cake}", "{Bread}", "inf", "2"), (first[0], first[1], first[6], first[7]));
        Assert.Equal(2.5, double.Parse(first[4], CultureInfo.InvariantCulture), 12);
        var second = lines[2].Split(',');
        Assert.Equal(("{Cheese}", "{Milk}"), (second[0], second[1]));
        Assert.Equal(1.25, double.Parse(second[4], CultureInfo.InvariantCulture), 12);
    }

    [Fact]
    public async Task A_support_below_2_baskets_is_mined_at_2_and_says_so()
    {
        // 0.05 of 20 baskets is 1 basket: mined at 2, as at support 0.1 (the same rules), with the note
        var floored = await _client.GetStringAsync("/cross-sell/rules?minSupport=0.05&minConfidence=0.1");
        var atTwo = await _client.GetStringAsync("/cross-sell/rules?minSupport=0.1&minConfidence=0.1");

        Assert.Contains("A support of 0.05 is at most 1 of these 20 baskets, and a rule must hold in at least 2: the rules below are mined at 2 baskets (a support of 0.1).", floored);
        Assert.DoesNotContain("id=\"support-floor\"", atTwo);
        Assert.Equal(RuleCount(atTwo), RuleCount(floored));
        Assert.True(int.Parse(RuleCount(atTwo), CultureInfo.InvariantCulture) > 0);
    }

    static string RuleCount(string html) => System.Text.RegularExpressions.Regex.Match(html, "id=\"rule-count\">([^<]*)<").Groups[1].Value;

    [Theory]
    [InlineData("minSupport=0", "Minimum support must be above 0 and at most 1.")]
    [InlineData("minConfidence=2", "Minimum confidence must be between 0 and 1.")]
    [InlineData("sort=lift;drop", "Sort must be one of lift, confidence")]
    [InlineData("from=2024-03-01&to=2024-01-01", "From (2024-03-01) must be on or before To (2024-01-01).")]
    [InlineData("minSupport=lots", "The value 'lots' is not valid")]
    [InlineData("minSupport=1e30", "The value '1e30' is not valid")]
    [InlineData("from=0001-01-01", "From must be a day from 1900-01-01 to 2199-12-31.")]
    public async Task An_invalid_filter_gives_the_message_with_400_on_the_page_and_the_download(string query, string message)
    {
        await CrossSellSite.Refused(await _client.GetAsync("/cross-sell/rules?" + query), message);
        await CrossSellSite.Refused(await _client.GetAsync("/cross-sell/rules?handler=Csv&" + query), message);
    }
}
