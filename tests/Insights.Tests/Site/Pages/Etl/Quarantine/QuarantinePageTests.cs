using System.Net;

namespace Insights.Tests.Site.Pages.Etl.Quarantine;

/// <summary>/etl/quarantine and the runs page's links to it, through the real site pipeline, on the tiny world plus bad lines.</summary>
public sealed class QuarantinePageTests : IClassFixture<QuarantinePageTests.SiteWithBadLines>
{
    /// <summary>The tiny world with three contact lines that cannot load (a bad date, markup, a formula); loaded once.</summary>
    public sealed class SiteWithBadLines : IDisposable
    {
        public SiteWithBadLines()
        {
            Factory = new SiteFactory();
            File.AppendAllText(Path.Combine(Factory.SourcesFolder, "contacts", "contacts.csv"),
                "4,1,2024-13-45 10:00:00,email,outbound,0,newsletter\n" +      // line 5: impossible date
                "5,2,<script>alert(1)</script>,email,outbound,0,x\n" +         // line 6: markup where a date belongs
                "=1+2,3,2024-03-04 10:00:00,email,outbound,0,x\n");             // line 7: a formula where the id belongs
            Factory.LoadTinyWorld();
        }

        public SiteFactory Factory { get; }

        public void Dispose() => Factory.Dispose();
    }

    readonly HttpClient _client;
    readonly string _sourcesFolder;

    public QuarantinePageTests(SiteWithBadLines site)
    {
        _client = site.Factory.ClientAs(Roles.Admin);
        _sourcesFolder = site.Factory.SourcesFolder;
    }

    [Fact]
    public async Task Quarantine_page_lists_the_refused_row_with_its_reason()
    {
        var html = await _client.GetStringAsync("/etl/quarantine");

        Assert.Contains("id=\"quarantine-summary\"", html);
        var rows = html[html.IndexOf("id=\"quarantine-rows\"", StringComparison.Ordinal)..];
        Assert.Contains("<td class=\"nowrap\">line 5</td>", rows);
        Assert.Contains(">contacts.csv</td>", rows);
        Assert.Contains("contacted_at", rows);
        Assert.Contains("<code class=\"raw\">4,1,2024-13-45 10:00:00,email,outbound,0,newsletter</code>", rows);
        Assert.Contains("Rows 1–3 of 3", html);
        Assert.Contains("How this is computed", html);
    }

    [Fact]
    public async Task Page_and_download_show_the_file_name_never_its_absolute_path_on_the_server()
    {
        var html = await _client.GetStringAsync("/etl/quarantine");
        var csv = await _client.GetStringAsync("/etl/quarantine?handler=Csv");

        Assert.Contains(">contacts.csv</td>", html);
        Assert.Contains(",contacts,contacts.csv,line 5,", csv);
        foreach (var text in new[] { html, csv })
        {
            Assert.DoesNotContain(_sourcesFolder, text);
            Assert.DoesNotContain(Path.GetTempPath(), text);
        }
    }

    [Fact]
    public async Task Markup_in_raw_content_is_shown_encoded_never_as_markup()
    {
        var html = await _client.GetStringAsync("/etl/quarantine");

        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public async Task Each_summary_count_links_to_the_list_filtered_by_its_source_and_reason()
    {
        var html = await _client.GetStringAsync("/etl/quarantine?source=contacts&reason=2024-13-45");

        Assert.Contains("Rows 1–1 of 1", html);
        var summary = html[html.IndexOf("id=\"quarantine-summary\"", StringComparison.Ordinal)..html.IndexOf("id=\"rows-heading\"", StringComparison.Ordinal)];
        Assert.Matches("<a href=\"/etl/quarantine\\?source=contacts&amp;reason=[^\"]*2024-13-45[^\"]*\">1</a>", summary);
    }

    [Fact]
    public async Task Paging_links_keep_the_filters_and_the_page_size()
    {
        var html = await _client.GetStringAsync("/etl/quarantine?source=contacts&limit=1&offset=1");

        Assert.Contains("Rows 2–2 of 3", html);
        Assert.Contains("<a rel=\"prev\" href=\"/etl/quarantine?source=contacts&amp;limit=1\">", html);
        Assert.Contains("<a rel=\"next\" href=\"/etl/quarantine?source=contacts&amp;limit=1&amp;offset=2\">", html);
    }

    [Fact]
    public async Task Filters_that_match_nothing_say_so()
    {
        var html = await _client.GetStringAsync("/etl/quarantine?run=999");

        Assert.Contains("No quarantined rows match these filters.", html);
        Assert.DoesNotContain("Download CSV", html);
    }

    [Fact]
    public async Task Csv_download_is_text_csv_named_after_its_filters_and_holds_the_rows()
    {
        var response = await _client.GetAsync("/etl/quarantine?handler=Csv&source=contacts&reason=contacted_at");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("quarantine-contacts-reason-contacted-at.csv", response.Content.Headers.ContentDisposition!.FileName);
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("run_id,source,source_file,row_ref,reason,raw_content,quarantined_at_utc", lines[0]);
        Assert.Contains(lines, l => l.Contains(",line 5,", StringComparison.Ordinal) && l.Contains("4,1,2024-13-45 10:00:00", StringComparison.Ordinal));
        Assert.Equal(3, lines.Length);   // header, line 5 and line 6 (both bad dates); line 7's reason is about contact_id
    }

    [Fact]
    public async Task Formula_in_raw_content_is_neutralised_in_the_csv()
    {
        var csv = await _client.GetStringAsync("/etl/quarantine?handler=Csv&source=contacts");

        Assert.Contains(",\"'=1+2,3,2024-03-04 10:00:00,email,outbound,0,x\",", csv);
        Assert.DoesNotContain(",\"=1+2", csv);
        Assert.DoesNotContain(",=1+2", csv);
    }

    [Fact]
    public async Task Runs_page_links_the_quarantined_count_and_lists_each_check_of_each_run()
    {
        var html = await _client.GetStringAsync("/etl/runs");

        Assert.Matches("<a [^>]*href=\"/etl/quarantine\\?run=\\d+\"[^>]*>3</a>", html);
        Assert.Contains("<details class=\"checks\"", html);
        Assert.Matches("<li><code>fct_contact__known_channel</code>: 0 failing rows,\\s*<span class=\"pass\">pass</span></li>", html);
    }

    [Fact]
    public async Task Navigation_has_the_quarantine_next_to_the_runs()
    {
        var html = await _client.GetStringAsync("/");

        Assert.Matches("<li><a href=\"/etl/runs\">ETL runs</a></li>\\s*<li><a href=\"/etl/quarantine\">Quarantine</a></li>", html);
    }

    [Theory]
    [InlineData("/etl/quarantine?limit=0", "Rows per page must be between 1 and 1000.")]
    [InlineData("/etl/quarantine?offset=-5", "Offset must not be negative.")]
    [InlineData("/etl/quarantine?handler=Csv&run=0", "Run must be a run id (1 or more).")]
    public async Task An_invalid_filter_gives_its_message_with_400_not_a_500(string url, string message)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
