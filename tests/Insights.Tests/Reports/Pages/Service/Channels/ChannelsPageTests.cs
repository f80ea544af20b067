using Insights.Tests.Reports.Pages.CrossSell;

namespace Insights.Tests.Reports.Pages.Service.Channels;

/// <summary>/service through a signed-in marketing client: the hand-computed numbers in the HTML and in each CSV.</summary>
public sealed class ChannelsPageTests(ChannelsSite site) : IClassFixture<ChannelsSite>
{
    [Fact]
    public async Task Page_shows_the_channel_table_the_faces_the_order_channels_and_the_months()
    {
        var page = await site.Page("/service");

        ChannelsSite.Shows(page, "11 contacts by 5 customers; Phone carried the most (45.5 %), and 18.2 % were self-service");
        ChannelsSite.Shows(page, "<tr data-channel=\"phone\"><td>Phone</td><td>operational</td><td class=\"num\">5</td><td class=\"num\">45.5 %</td><td class=\"num\">3</td><td class=\"num\">4</td><td class=\"num\">1</td><td class=\"num\">348 s</td><td class=\"num\">0</td></tr>");
        ChannelsSite.Shows(page, "<tr data-channel=\"portal_login\"><td>Portal login</td><td>collaborative</td><td class=\"num\">2</td><td class=\"num\">18.2 %</td><td class=\"num\">2</td><td class=\"num\">2</td><td class=\"num\">0</td><td class=\"num\">no duration</td><td class=\"num\">2</td></tr>");
        ChannelsSite.Shows(page, "<tr data-order-channel=\"web\"><td>Web shop</td><td class=\"num\">6</td><td class=\"num\">54.5 %</td>");
        ChannelsSite.Shows(page, "<tr data-direction=\"outbound\"><td>outbound</td><td class=\"num\">2</td><td class=\"num\">18.2 %</td><td class=\"num\">2</td></tr>");
        ChannelsSite.Shows(page, "<tr data-month=\"2024-02\"><td>2024-02</td><td class=\"num\">3</td><td class=\"num\">2</td><td class=\"num\">3</td><td class=\"num\">1.50</td><td class=\"num\">1</td><td class=\"num\">50.0 %</td></tr>");
        ChannelsSite.Shows(page, "id=\"channels-chart\" src=\"data:image/svg+xml;base64,");
        ChannelsSite.Shows(page, "How this is computed");
    }

    [Fact]
    public async Task Region_filter_changes_the_page()
    {
        var page = await site.Page("/service?region=South");

        ChannelsSite.Shows(page, "5 contacts by 2 customers");
        ChannelsSite.Shows(page, "<tr data-month=\"2024-02\"><td>2024-02</td><td class=\"num\">1</td><td class=\"num\">1</td>");
    }

    [Fact]
    public async Task Each_table_downloads_as_csv_with_the_same_numbers()
    {
        var channels = await CrossSellSite.CsvLines(await site.Client.GetAsync("/service?handler=Csv&table=channel"), "service-channels.csv");
        Assert.Equal("channel,channel_name,crm_face,contacts,customers,share,inbound,outbound,with_duration,without_duration,mean_duration_seconds", channels[0]);
        Assert.Contains(channels, l => l.StartsWith("email,E-mail,operational,3,3,", StringComparison.Ordinal) && l.EndsWith(",2,1,2,1,90", StringComparison.Ordinal));

        var months = await CrossSellSite.CsvLines(await site.Client.GetAsync("/service?handler=Csv&table=month&channel=phone"), "service-channels-months.csv");
        Assert.Equal("month,contacts,active_customers,contacts_by_active,contacts_per_active_customer,active_with_self_service,self_service_adoption", months[0]);
        Assert.Contains("2024-02-01,1,2,1,0.5,1,0.5", months);

        var faces = await CrossSellSite.CsvLines(await site.Client.GetAsync("/service?handler=Csv&table=face"), "service-channels-faces.csv");
        Assert.Contains(faces, l => l.StartsWith("operational,9,5,", StringComparison.Ordinal));

        var orders = await CrossSellSite.CsvLines(await site.Client.GetAsync("/service?handler=Csv&table=orders&from=2024-01-01&to=2024-03-31"),
            "service-channels-order-channels.csv");
        Assert.Equal(3, orders.Length);   // header, web 2, store 2
    }

    [Fact]
    public async Task A_refused_filter_answers_400_with_its_message()
    {
        await CrossSellSite.Refused(await site.Client.GetAsync("/service?from=2024-03-01&to=2024-01-01"), "must be on or before");
        await CrossSellSite.Refused(await site.Client.GetAsync("/service?channel=" + new string('x', 65)), "at most 64 characters");
    }
}
