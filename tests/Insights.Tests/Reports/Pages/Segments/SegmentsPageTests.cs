using System.Net;
using System.Text.RegularExpressions;
using Insights.Reports.Pages.Segments;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Segments;

/// <summary>The pages without script: roles, the posted form, refusals.</summary>
public sealed partial class SegmentsPageTests : IClassFixture<SegmentsPageTests.Site>
{
    public sealed class Site : IDisposable
    {
        public SegmentsSite Factory { get; } = new SegmentsSite().Filled();

        public void Dispose() => Factory.Dispose();
    }

    readonly Site _site;

    public SegmentsPageTests(Site site) => _site = site;

    static async Task<(string Token, HttpClient Client)> FormOf(HttpClient client)
    {
        var html = await client.GetStringAsync("/segments/new");
        return (Token().Match(html).Groups[1].Value, client);
    }

    static FormUrlEncodedContent Form(string token, params (string, string)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))]);

    [Fact]
    public async Task Product_reads_segments_but_may_not_save()
    {
        var (token, client) = await FormOf(_site.Factory.ClientAs(Roles.Product));
        var list = await client.GetStringAsync("/segments");
        Assert.Contains("id=\"read-only-note\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"new-segment\"", list, StringComparison.Ordinal);
        var save = await client.PostAsync("/segments/new?handler=Save", Form(token, ("Form.Name", "x"), ("Form.Rows[0].Field", "region"),
            ("Form.Rows[0].Op", "in"), ("Form.Rows[0].Values", "South")));
        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
    }

    [Fact]
    public async Task The_posted_form_previews_without_script_and_refuses_bad_values_with_their_message()
    {
        var (token, client) = await FormOf(_site.Factory.ClientAs(Roles.Marketing));
        var preview = await client.PostAsync("/segments/new?handler=Preview", Form(token, ("Form.Rows[0].Field", "orders"),
            ("Form.Rows[0].Op", "between"), ("Form.Rows[0].Min", "2"), ("Form.Rows[0].Max", "3")));
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("<dd id=\"preview-members\">4</dd>", html, StringComparison.Ordinal);

        var refused = await client.PostAsync("/segments/new?handler=Preview", Form(token, ("Form.Rows[0].Field", "region"),
            ("Form.Rows[0].Op", "in"), ("Form.Rows[0].Values", "<b>Mars</b>")));
        var message = await refused.Content.ReadAsStringAsync();
        Assert.Contains("&#x27;&lt;b&gt;Mars&lt;/b&gt;&#x27; is not a value the warehouse knows", message, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Mars</b>", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overdue_in_a_category_is_refused_with_its_reason_until_a_fit_has_written_it()
    {
        // an upgraded warehouse: the fit row predates migration 0048, so nothing says the overdue categories were written
        using var site = new SegmentsSite().Filled();
        using (var connection = site.Services.GetRequiredService<DuckDbWarehouse>().OpenConnection())
            connection.ExecuteNonQuery("update mart_customer_score_fit set category_overdue_run_id = null");
        var (token, client) = await FormOf(site.ClientAs(Roles.Marketing));
        var refused = await client.PostAsync("/segments/new?handler=Preview", Form(token, ("Form.Rows[0].Field", "overdue"),
            ("Form.Rows[0].Op", "in_category"), ("Form.Rows[0].Values", "Books")));
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Condition 1 (Overdue): " + SegmentModelState.CategoryOverdueNotWritten, html, StringComparison.Ordinal);

        var json = await client.PostAsync("/segments/new?handler=PreviewJson", Form(token, ("Form.Rows[0].Field", "overdue"),
            ("Form.Rows[0].Op", "in_category"), ("Form.Rows[0].Values", "Books")));
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Contains(SegmentModelState.CategoryOverdueNotWritten, await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_json_preview_answers_counts_and_refuses_with_plain_text()
    {
        var (token, client) = await FormOf(_site.Factory.ClientAs(Roles.Marketing));
        var ok = await client.PostAsync("/segments/new?handler=PreviewJson", Form(token, ("Form.Rows[0].Field", "complaints"), ("Form.Rows[0].Op", "open")));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("\"members\":2", await ok.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var bad = await client.PostAsync("/segments/new?handler=PreviewJson", Form(token, ("Form.Rows[0].Field", "self_service"), ("Form.Rows[0].Op", "within"), ("Form.Rows[0].Days", "0")));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("the number of days must be 1 to 3650", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var forged = await client.PostAsync("/segments/new?handler=PreviewJson", Form("not-a-token", ("Form.Rows[0].Field", "complaints")));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Theory]
    [InlineData("/segments/abc")]
    [InlineData("/segments/999")]
    [InlineData("/segments/-1")]
    public async Task Unknown_segments_are_not_found(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await _site.Factory.ClientAs(Roles.Marketing).GetAsync(url)).StatusCode);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
