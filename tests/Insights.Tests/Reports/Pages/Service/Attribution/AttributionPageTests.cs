using Insights.Tests.Reports.Pages.CrossSell;

namespace Insights.Tests.Reports.Pages.Service.Attribution;

/// <summary>/service/contacts-lead-to through a signed-in marketing client: the hand-computed numbers in the HTML and the CSVs.</summary>
public sealed class AttributionPageTests(ChannelsSite site) : IClassFixture<ChannelsSite>
{
    [Fact]
    public async Task Page_shows_share_baseline_lift_and_their_intervals()
    {
        var page = await site.Page("/service/contacts-lead-to");

        ChannelsSite.Shows(page, "Window: 14 days; data's last day: 2024-09-30. No channel's lift has a 95% interval above 1.");
        ChannelsSite.Shows(page, "<tr data-row=\"phone-inbound\"><td>Phone</td><td>inbound</td><td class=\"num\">4</td><td class=\"num\">4</td><td class=\"num\">3</td><td class=\"num\">75.0 %</td><td class=\"num\">30.1 % – 95.4 %</td><td class=\"num\">3</td><td class=\"num\">10</td><td class=\"num\">20.0 %</td><td class=\"num\">5.7 % – 51.0 %</td><td class=\"num\">3.75</td><td class=\"num\">0.96 – 14.65</td></tr>");
        ChannelsSite.Shows(page, "<tr data-channel=\"portal_login\"><td>Portal login</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">100.0 %</td>");
        ChannelsSite.Shows(page, "How this is computed");
    }

    [Fact]
    public async Task Days_filter_moves_the_day_n_plus_one_order_into_the_window()
    {
        var page = await site.Page("/service/contacts-lead-to?days=15");

        ChannelsSite.Shows(page, "<tr data-row=\"email-outbound\"><td>E-mail</td><td>outbound</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">100.0 %</td>");
    }

    [Fact]
    public async Task Both_tables_download_as_csv()
    {
        var rows = await CrossSellSite.CsvLines(await site.Client.GetAsync("/service/contacts-lead-to?handler=Csv"), "service-contacts-lead-to.csv");
        Assert.StartsWith("channel,channel_name,crm_face,direction,contacts,followable,followed,share,", rows[0]);
        Assert.Contains(rows, l => l.StartsWith("phone,Phone,operational,inbound,4,4,3,0.75,", StringComparison.Ordinal) && l.Contains(",3,10,2,0.2,", StringComparison.Ordinal));
        Assert.Equal(7, rows.Length);

        var lapse = await CrossSellSite.CsvLines(await site.Client.GetAsync("/service/contacts-lead-to?handler=Csv&table=lapse"), "service-contacts-lapse.csv");
        Assert.Contains(lapse, l => l.StartsWith("portal_login,Portal login,collaborative,1,0,0,1,1,1,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("366")]
    public async Task A_window_outside_1_to_365_days_is_refused(string days) =>
        await CrossSellSite.Refused(await site.Client.GetAsync("/service/contacts-lead-to?days=" + days), "between 1 and 365 days");
}
