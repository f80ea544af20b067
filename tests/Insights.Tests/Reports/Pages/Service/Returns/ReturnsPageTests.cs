namespace Insights.Tests.Reports.Pages.Service.Returns;

/// <summary>The returns page and its CSVs through the real site, on the returns world (README.md there).</summary>
public sealed class ReturnsPageTests(ReturnsSite site) : IClassFixture<ReturnsSite>
{
    readonly HttpClient _client = site.Factory.ClientAs(Roles.Marketing);
    const string JanFeb = "from=2024-01-01&to=2024-02-29";

    [Fact]
    public async Task Page_shows_the_summary_chart_tables_and_links_customers_to_their_profile()
    {
        var html = await _client.GetStringAsync("/service/returns?" + JanFeb);

        CrossSellSite.Shows(html, "Of 10 items sold in the period, 4 came back (40.0%); refunds were 148.00 EUR of 344.00 EUR net sales (43.0%).");
        Assert.Contains("id=\"returns-chart\"", html);
        Assert.Contains("href=\"/customers/1\">Ada North</a>", html);
        Assert.Contains("=Cy &lt;script&gt;x&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>x</script>", html);
        Assert.Contains("id=\"how-computed\"", html);
    }

    [Fact]
    public async Task The_product_role_sees_customers_masked()
    {
        var html = await site.Factory.ClientAs(Roles.Product).GetStringAsync("/service/returns?" + JanFeb);
        Assert.DoesNotContain("Ada North", html);
        Assert.Contains("href=\"/customers/1\">Ada</a>", html);
        var lines = await CrossSellSite.CsvLines(await site.Factory.ClientAs(Roles.Product).GetAsync("/service/returns?handler=CustomersCsv&" + JanFeb),
            "service-returns-customers.csv");
        Assert.StartsWith("1,Ada,a•••@example.com,5,3,0.6,200.00,130.00,0.65,3", lines[1]);
    }

    [Fact]
    public async Task The_csvs_have_the_tables_and_neutralise_a_formula_name()
    {
        var categories = await CrossSellSite.CsvLines(await _client.GetAsync("/service/returns?handler=Csv&table=category&" + JanFeb),
            "service-returns-category.csv");
        Assert.Equal("group,category,id,sold_quantity,returned_quantity,quantity_return_rate,net_amount,refund_amount,refund_rate,returns", categories[0]);
        Assert.StartsWith("Kitchen,Kitchen,,6,3,0.5,270.00,130.00,", categories[1]);
        var customers = await CrossSellSite.CsvLines(await _client.GetAsync("/service/returns?handler=CustomersCsv&" + JanFeb), "service-returns-customers.csv");
        Assert.StartsWith("3,\"'=Cy <script>x</script>\",cy@example.com,4,1,0.25,94.00,18.00,", customers[2]);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await _client.GetAsync("/service/returns?handler=Csv&table=secret")).StatusCode);
    }

    [Theory]
    [InlineData("from=2024-05-01&to=2024-01-01", "From (2024-05-01) must be on or before To (2024-01-01).")]
    [InlineData("topCustomers=0", "Customers listed must be between 1 and 1,000.")]
    public async Task An_invalid_filter_gives_the_message_with_400(string query, string message)
    {
        await CrossSellSite.Refused(await _client.GetAsync("/service/returns?" + query), message);
        await CrossSellSite.Refused(await _client.GetAsync("/service/returns?handler=CustomersCsv&" + query), message);
    }
}
