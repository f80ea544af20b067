using System.Globalization;
using System.Net;

namespace Insights.Tests.Reports.Pages.Loyalty;

/// <summary>
/// An as-of date the data cannot fill is said, never silent, on the seven-customer world (last completed order 2024-06-30):
/// a day after the data is shown with a warning line, one more than a year after it is refused with the latest day allowed,
/// a day before the first order says there is nobody to score.
/// </summary>
public sealed class LoyaltyAsOfTests(LoyaltySite site) : IClassFixture<LoyaltySite>
{
    readonly HttpClient _client = site.Factory.ClientAs(Roles.Marketing);

    static string Decoded(string html) => System.Text.RegularExpressions.Regex.Replace(WebUtility.HtmlDecode(html), @"\s+", " ");

    [Fact]
    public async Task A_day_after_the_data_is_shown_with_a_warning_that_says_how_far()
    {
        var response = await _client.GetAsync("/loyalty?asOf=2024-12-01");
        var html = Decoded(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // 2024-06-30 to 2024-12-01: 1 + 31 + 31 + 30 + 31 + 30 = 154 days
        Assert.Contains("As of 2024-12-01 is 154 days after the last completed order (2024-06-30): recencies are measured from it", html);
        Assert.Contains("id=\"segments\"", html);
        Assert.DoesNotContain("id=\"filter-notes\"", Decoded(await _client.GetStringAsync("/loyalty")));   // the default date: no warning
    }

    [Theory]
    [InlineData("2100-01-01")]
    [InlineData("2025-07-02")]   // a year and a day after the day after the last order
    public async Task A_day_more_than_a_year_after_the_data_is_refused_with_the_latest_day_allowed(string asOf)
    {
        var days = (DateOnly.Parse(asOf, CultureInfo.InvariantCulture).DayNumber - new DateOnly(2024, 6, 30).DayNumber).ToString("N0", CultureInfo.InvariantCulture);

        await CrossSellSite.Refused(await _client.GetAsync("/loyalty?asOf=" + asOf),
            $"As of {asOf} is {days} days after the last completed order (2024-06-30): every recency would be measured across that time without orders. Choose a day up to 2025-07-01");
        await CrossSellSite.Refused(await _client.GetAsync("/loyalty?handler=Csv&table=rfm&asOf=" + asOf), "Choose a day up to 2025-07-01");
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/loyalty?asOf=2025-07-01")).StatusCode);
    }

    [Fact]
    public async Task A_day_before_the_first_order_says_there_is_nobody_to_score()
    {
        var html = Decoded(await _client.GetStringAsync("/loyalty?asOf=2023-06-01"));

        Assert.Contains("No customer had a completed order before 2023-06-01, so there is nobody to score. Choose a later day (the last completed order was on 2024-06-30)", html);
    }
}
