using System.Globalization;
using System.Net;

namespace Insights.Tests.Reports.Pages.Intervals;

/// <summary>
/// A calibration end past the data is said, never silent, on the CDNOW sample (last purchase day 1998-06-30): within a year of
/// it the page warns that T runs to it, further it is refused with the latest day allowed.
/// </summary>
public sealed class IntervalsCalibrationEndTests(IntervalsPageTests.LoadedSite site) : IClassFixture<IntervalsPageTests.LoadedSite>
{
    readonly HttpClient _client = site.Factory.ClientAs(Roles.Marketing);

    [Fact]
    public async Task A_calibration_end_after_the_last_purchase_is_shown_with_a_warning()
    {
        var response = await _client.GetAsync("/intervals?calibrationEnd=1998-12-31&section=rhythm");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // 1998-06-30 to 1998-12-31: 31 + 31 + 30 + 31 + 30 + 31 = 184 days
        Assert.Contains("The calibration end 1998-12-31 is 184 days after the last purchase day (1998-06-30): T and the days since", html);
        Assert.DoesNotContain("id=\"filter-notes\"", await _client.GetStringAsync("/intervals?section=rhythm"));
    }

    [Fact]
    public async Task A_calibration_end_more_than_a_year_after_the_data_is_refused_with_the_latest_day_allowed()
    {
        var days = (new DateOnly(2100, 1, 1).DayNumber - new DateOnly(1998, 6, 30).DayNumber).ToString("N0", CultureInfo.InvariantCulture);

        await CrossSellSite.Refused(await _client.GetAsync("/intervals?calibrationEnd=2100-01-01"),
            $"The calibration end 2100-01-01 is {days} days after the last purchase day (1998-06-30): every customer would look lapsed. Choose a day up to 1999-07-01");
        await CrossSellSite.Refused(await _client.GetAsync("/intervals?handler=OverdueCsv&calibrationEnd=2100-01-01"), "Choose a day up to 1999-07-01");
    }
}
