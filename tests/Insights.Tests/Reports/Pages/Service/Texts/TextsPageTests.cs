namespace Insights.Tests.Reports.Pages.Service.Texts;

/// <summary>The complaint texts page and its CSVs through the real site, on the texts world (README.md there).</summary>
public sealed class TextsPageTests(TextsSite site) : IClassFixture<TextsSite>
{
    readonly HttpClient _client = site.Factory.ClientAs(Roles.Marketing);

    [Fact]
    public async Task A_search_lists_the_matches_with_the_word_marked_and_links_to_the_customer()
    {
        var html = await _client.GetStringAsync("/service/texts?q=CR%C3%88ME");

        CrossSellSite.Shows(html, "2 complaints match.");
        Assert.Contains("The <mark>Cr&#xE8;me</mark> br&#xFB;l&#xE9;e mix was stale.", html);
        Assert.Contains("<mark>creme</mark> brulee mix tasted stale, not fresh", html);
        Assert.Contains("href=\"/customers/1\"", html);
        Assert.Contains("href=\"/customers/3\"", html);
        Assert.Contains("id=\"how-computed\"", html);
    }

    [Fact]
    public async Task Markup_in_a_complaint_text_and_a_name_is_shown_encoded_in_the_results()
    {
        var html = await _client.GetStringAsync("/service/texts?q=script");

        Assert.Contains("&lt;<mark>script</mark>&gt;alert(&#x27;x&#x27;)&lt;/<mark>script</mark>&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; broken blender", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("=Cy &lt;b&gt;&quot;Bold&quot;&lt;/b&gt;", html);
        Assert.DoesNotContain("<b>\"Bold\"</b>", html);
    }

    [Fact]
    public async Task The_search_csv_neutralises_a_formula_in_the_text()
    {
        var lines = await CrossSellSite.CsvLines(await _client.GetAsync("/service/texts?handler=Csv&q=twice"), "service-complaint-search.csv");

        Assert.Equal("complaint_id,opened_at,category,severity,status,customer_id,customer_name,complaint_text", lines[0]);
        Assert.Equal(3, lines.Length);
        var formula = lines.Single(l => l.StartsWith("9,", StringComparison.Ordinal));
        Assert.Contains("'=HYPERLINK(", formula);
        Assert.DoesNotContain(",=HYPERLINK", formula);
        Assert.DoesNotContain(",\"=HYPERLINK", formula);
        Assert.Contains("'=Cy <b>", formula);
    }

    [Fact]
    public async Task The_terms_table_and_csv_have_the_readme_lifts()
    {
        var html = await _client.GetStringAsync("/service/texts?minCount=2");
        CrossSellSite.Shows(html, "charged twice");
        var lines = await CrossSellSite.CsvLines(await _client.GetAsync("/service/texts?handler=TermsCsv&minCount=2"), "service-complaint-terms.csv");
        Assert.Equal("category,term,kind,rank,term_complaints,category_complaints,all_term_complaints,all_complaints,lift", lines[0]);
        Assert.Contains("delivery,damaged,word,4,2,4,3,10,1.6666666666666667", lines);
        Assert.Equal(16, lines.Length);
    }

    [Fact]
    public async Task The_product_role_sees_preferred_names_only()
    {
        var html = await site.Factory.ClientAs(Roles.Product).GetStringAsync("/service/texts?q=parcel");
        Assert.DoesNotContain("Ada North", html);
        Assert.Contains(">Ada</a>", html);
        Assert.Contains("href=\"/customers/1\"", html);
    }

    [Theory]
    [InlineData("q=" + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "The search is 201 characters long; at most 200 are allowed.")]
    [InlineData("q=a+b+c+d+e+f+g+h+i+j+k", "The search has 11 words; at most 10 are allowed.")]
    [InlineData("minCount=0", "The minimum count must be between 1 and 100,000.")]
    public async Task A_refused_search_gives_its_message_with_400(string query, string message)
    {
        await CrossSellSite.Refused(await _client.GetAsync("/service/texts?" + query), message);
        await CrossSellSite.Refused(await _client.GetAsync("/service/texts?handler=Csv&" + query), message);
    }
}
