using System.Net;
using System.Text.RegularExpressions;

namespace Insights.Tests.Reports.Pages.Service.Complaints;

/// <summary>/service/complaints through the real site: numbers, SLA targets, customer links, masking, encoding, refusals.</summary>
public sealed class ComplaintsPageTests(ComplaintsSite site) : IClassFixture<ComplaintsSite>
{
    readonly HttpClient _marketing = site.Factory.ClientAs(Roles.Marketing);
    readonly HttpClient _product = site.Factory.ClientAs(Roles.Product);

    static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no element {id}");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task Page_shows_the_totals_the_targets_and_how_it_is_computed()
    {
        // the sentences wrap in the markup: compared with single spaces
        var html = Regex.Replace(WebUtility.HtmlDecode(await _marketing.GetStringAsync("/service/complaints")), @"\s+", " ");

        Assert.Contains("9 complaints against 8 completed orders: 1125.0 per 1,000 orders", html);
        Assert.Contains("median 36.0 h,", html);                            // resolved: 12, 24, 36, 48, 120 h
        Assert.Contains("90th percentile 91.2 h", html);
        var sla = Section(html, "sla");
        Assert.Contains("<td>critical</td><td>1 d (24 h)</td>", sla);
        Assert.Contains("<td>medium</td><td>5 d (120 h)</td>", sla);
        Assert.Contains("<td>cosmetic</td><td>no target</td>", sla);
        Assert.Contains("id=\"how-computed\"", html);
        Assert.Contains("aria-current=\"page\"", html);
    }

    [Fact]
    public async Task Backlog_and_repeat_complainers_link_each_customer_to_the_profile()
    {
        var html = await _marketing.GetStringAsync("/service/complaints");

        Assert.Contains("<a href=\"/customers/2\">2 Ben</a>", Section(html, "backlog"));
        Assert.Contains("<td>Ben Ninety</td>", Section(html, "backlog"));
        var repeats = Section(html, "repeat-complainers");
        Assert.Contains("<a href=\"/customers/4\">4 Dan</a>", repeats);
        Assert.DoesNotContain("/customers/1\"", repeats);                 // Ana: 91 days apart
    }

    [Fact]
    public async Task Complaint_text_and_names_are_encoded()
    {
        var html = await _marketing.GetStringAsync("/service/complaints");

        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<b>Cat</b>", html);
        Assert.Contains("&lt;b&gt;Cat&lt;/b&gt;", html);
    }

    [Fact]
    public async Task Product_sees_preferred_first_names_only()
    {
        var html = WebUtility.HtmlDecode(await _product.GetStringAsync("/service/complaints"));

        Assert.Contains("<a href=\"/customers/2\">2 Ben</a>", html);
        Assert.Contains("personal-data-note", html);
        foreach (var hidden in new[] { "Ben Ninety", "Dan Twice", "Eve Oldfile", "ben@example.com", "<th>Name</th>" })
            Assert.DoesNotContain(hidden, html);
    }

    [Fact]
    public async Task Product_backlog_csv_is_masked_and_neutralises_formula_text()
    {
        using var response = await _product.GetAsync("/service/complaints?handler=Csv&table=backlog");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains(",b•••@example.com,", csv);
        Assert.DoesNotContain("Ben Ninety", csv);
        Assert.DoesNotContain("ben@example.com", csv);
        Assert.Contains("\"'=HYPERLINK(", csv);
    }

    [Fact]
    public async Task Breakdown_csv_follows_the_by_filter()
    {
        var csv = await _marketing.GetStringAsync("/service/complaints?by=product-category&handler=Csv");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("product_category,complaints,completed_orders,complaints_per_1000_orders,", lines[0]);
        Assert.StartsWith("(no product),3,,,", lines[1]);
        Assert.StartsWith("Books,3,5,600,", lines[2]);
    }

    [Fact]
    public async Task Complaints_from_old_files_say_not_in_the_source()
    {
        var html = await _marketing.GetStringAsync("/service/complaints?category=legacy");

        var summary = html[html.IndexOf("id=\"first-response-summary\"", StringComparison.Ordinal)..];
        Assert.StartsWith("id=\"first-response-summary\">\n    First response: not in the source", summary.Replace("\r\n", "\n"));
        Assert.Contains("Reopened: not in the source", summary);
    }

    [Theory]
    [InlineData("/service/complaints?by=weather")]
    [InlineData("/service/complaints?from=2024-07-01&to=2024-06-01")]
    [InlineData("/service/complaints?limit=0")]
    [InlineData("/service/complaints?handler=Csv&table=everything")]
    public async Task Refused_filters_answer_400(string url)
    {
        using var response = await _marketing.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
