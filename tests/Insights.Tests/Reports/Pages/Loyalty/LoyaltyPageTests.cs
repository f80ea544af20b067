using System.Net;
using System.Text;
using Insights.Reports.Access;
using Insights.Reports.Export;
using Insights.Reports.Pages.Loyalty;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Loyalty;

/// <summary>The loyalty page through the real site pipeline on the seven-customer world.</summary>
public sealed class LoyaltyPageTests(LoyaltySite site) : IClassFixture<LoyaltySite>
{
    readonly HttpClient _client = site.Factory.ClientAs(Roles.Marketing);

    [Fact]
    public async Task Rfm_view_shows_segments_with_drill_down_links_and_the_segment_map()
    {
        var html = await _client.GetStringAsync("/loyalty");

        Assert.Contains("id=\"segments\"", html);
        Assert.Contains("<td>Lost</td>", html);
        Assert.Contains("segment=Lost#list-heading\">2</a>", html);            // customers 3 and 5
        Assert.Contains("<td class=\"num\">550.00</td>", html);
        Assert.Contains("<td class=\"num\">183.33</td>", html);   // 550 / 3 orders
        Assert.Contains("id=\"segment-map\" src=\"/loyalty?view=rfm&amp;", html);
    }

    [Theory]
    [InlineData("rfm", "segment-map", "Customers by RFM segment")]
    [InlineData("cohorts", "cohort-heatmap", "Cohort retention")]
    public async Task Charts_are_their_own_cacheable_svg_requests(string view, string chart, string title)
    {
        var html = await _client.GetStringAsync($"/loyalty?view={view}");
        var at = html.IndexOf($"id=\"{chart}\" src=\"", StringComparison.Ordinal) + $"id=\"{chart}\" src=\"".Length;
        var url = WebUtility.HtmlDecode(html[at..html.IndexOf('"', at)]);
        Assert.Contains("handler=Chart", url);
        Assert.Contains("state=", url);   // the warehouse state: a load changes the URL, so a kept image is never stale

        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("max-age", response.Headers.CacheControl!.ToString());
        var svg = await response.Content.ReadAsStringAsync();
        Assert.Contains("<svg", svg);
        Assert.Contains(title, svg);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/loyalty?handler=Chart&chart=nope")).StatusCode);
    }

    // a drill-down link ends in the list's heading (#list-heading): the view and the focus move to the list it opens
    [Theory]
    [InlineData("migration", "segment=Lost&amp;fromSegment=Loyal#list-heading\">1</a>")]
    [InlineData("cohorts", "id=\"repeat-rate\">42.9%</span>")]       // 3 of 7 (purchase days: 7's two orders are one day)
    [InlineData("price", "priceClass=Brand%20loyal#list-heading\">2</a>")]
    [InlineData("service", "serviceGroup=Resolved%20quickly&amp;retained=true#list-heading\">1</a>")]
    public async Task Each_view_shows_its_hand_computed_numbers(string view, string expected)
    {
        var html = await _client.GetStringAsync($"/loyalty?view={view}&period=month");

        Assert.True(html.Contains(expected), html[Math.Max(0, html.IndexOf("<main", StringComparison.Ordinal))..]);
    }

    [Fact]
    public async Task Drill_down_lists_the_customers_and_encodes_their_names()
    {
        var html = await _client.GetStringAsync("/loyalty?r=4&f=2");

        Assert.Contains("id=\"customers\"", html);
        Assert.Contains("=Fay &lt;b&gt;&quot;June&quot;&lt;/b&gt;, Jr", html);
        Assert.DoesNotContain("<b>\"June\"</b>", html);
    }

    [Fact]
    public async Task Target_list_downloads_as_csv_named_after_the_filters()
    {
        var response = await _client.GetAsync("/loyalty?handler=Csv&region=South&segment=Lost");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("loyalty_rfm_2024-07-01_South_all-channels_all-categories_Lost.csv",
            response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("customer_id,full_name,preferred_name,email,region,segment", lines[0]);
        // South only: customers 3, 4, 6 rescored among themselves (ntile(5) of 3 gives 1, 2, 3); Lost = R1 F1 = customer 3
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("3,Cy Once,Cy,,South,Lost,1,1,", lines[1]);
    }

    [Fact]
    public async Task Csv_defuses_a_name_that_looks_like_a_formula()
    {
        var csv = await _client.GetStringAsync("/loyalty?handler=Csv&r=4&f=2");

        Assert.Contains("6,\"'=Fay <b>\"\"June\"\"</b>, Jr\",Fay,,South,Potential Loyalist", csv);
    }

    [Fact]
    public async Task The_whole_customer_list_downloads_the_rows_of_the_cli_table()
    {
        var csv = Encoding.UTF8.GetString(await _client.GetByteArrayAsync("/loyalty?handler=Csv"));

        var query = site.Factory.Services.GetRequiredService<LoyaltyQuery>();
        var scope = query.Resolve(new LoyaltyFilter());
        var table = LoyaltyTable.Read(query, "customers", scope, new LoyaltySelection(), PersonalDataView.Full);
        using var expected = new StringWriter();
        CsvExport.Write(expected, table.Header, table.Rows);
        Assert.Equal(7, table.Rows.Count);   // the seven customers, biggest spender first
        Assert.Equal(expected.ToString(), csv.TrimStart('\uFEFF'));
    }

    [Theory]
    [InlineData("/loyalty?period=week", "Unknown period 'week': use month, quarter or year.")]
    [InlineData("/loyalty?view=pie", "Unknown view 'pie': use one of rfm, migration, cohorts, price, service.")]
    [InlineData("/loyalty?r=9", "The recency score r must be between 1 and 5.")]
    [InlineData("/loyalty?asOf=0001-01-01", "As of must be a day from 0002-01-01")]
    [InlineData("/loyalty?handler=Csv&period=week", "Unknown period 'week': use month, quarter or year.")]
    [InlineData("/loyalty?handler=Chart&chart=segment-map&view=pie", "Unknown view")]
    public async Task A_filter_that_breaks_a_rule_is_refused_with_400_and_the_message_not_a_500(string url, string message)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Each_view_says_how_it_is_computed_and_links_keep_the_filter()
    {
        var html = await _client.GetStringAsync("/loyalty?view=cohorts&region=South");

        Assert.Contains("id=\"how-computed\"", html);
        Assert.Contains("href=\"/loyalty?view=rfm&amp;asOf=2024-07-01&amp;period=quarter&amp;region=South\"", html);
    }

    [Fact]
    public async Task Unknown_filter_value_is_refused_with_400_and_the_reason()
    {
        var response = await _client.GetAsync("/loyalty?region=%3Cscript%3E");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Unknown region &quot;&lt;script&gt;&quot;", html);
    }
}
