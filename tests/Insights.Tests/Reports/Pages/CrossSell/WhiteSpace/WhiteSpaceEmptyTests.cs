namespace Insights.Tests.Reports.Pages.CrossSell.WhiteSpace;

/// <summary>An empty white space says what it means and what to try instead of going blank (the cross-sell world, 2024).</summary>
public sealed class WhiteSpaceEmptyTests(CrossSellSite site) : IClassFixture<CrossSellSite>
{
    [Fact]
    public async Task A_period_without_purchases_says_why_nothing_is_compared_and_links_the_whole_history()
    {
        var html = System.Text.RegularExpressions.Regex.Replace(System.Net.WebUtility.HtmlDecode(
            await site.Client().GetStringAsync("/cross-sell/white-space?from=2030-01-01&to=2030-12-31")), @"\s+", " ");
        var full = await site.Client().GetStringAsync("/cross-sell/white-space");

        Assert.Contains("Nothing to compare under these filters: no customer of a scored RFM segment bought a category in this period.", html);
        Assert.Contains("id=\"white-space-clear\" href=\"/cross-sell/white-space\"", html);
        Assert.DoesNotContain("id=\"white-space-chart\"", html);
        Assert.DoesNotContain("id=\"white-space-empty\"", full);
        Assert.Contains("id=\"white-space-chart\"", full);
    }
}
