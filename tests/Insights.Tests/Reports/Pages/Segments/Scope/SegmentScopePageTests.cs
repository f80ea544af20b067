using System.Net;
using Insights.Reports.Pages.Segments;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Segments.Scope;

/// <summary>
/// Every report page with <c>segmentId</c>: an applied segment is named with its size and offered in the filter form, a CSV's
/// name carries it, and an id that is no saved segment is a 400 with the reason, never a 500.
/// </summary>
public sealed class SegmentScopePageTests : IClassFixture<SegmentScopePageTests.Site>
{
    public sealed class Site : IDisposable
    {
        public SegmentsSite Factory { get; } = new SegmentsSite().Filled();

        /// <summary>Saved segment "South &lt;b&gt;" (customers 3, 4, 6): the name is user input, so it also checks the encoding.</summary>
        public int South { get; }

        public Site() => South = Factory.Services.GetRequiredService<SegmentStore>().Save(new SegmentSave(null, "South <b>", "",
            SegmentsWorld.All(new SegmentCondition("region", "in", ["South"]))), "maria", CancellationToken.None);

        public void Dispose() => Factory.Dispose();
    }

    public static TheoryData<string> Reports =>
        ["/loyalty", "/loyalty?view=cohorts", "/intervals", "/intervals?section=rhythm", "/service", "/service/complaints", "/service/returns",
         "/service/contacts-lead-to", "/service/texts", "/cross-sell/rules", "/cross-sell/sequences", "/cross-sell/white-space",
         "/cross-sell/opportunities", "/cross-sell/offers"];

    readonly Site _site;

    public SegmentScopePageTests(Site site) => _site = site;

    static string With(string path, string query) => path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task A_report_names_the_applied_segment_and_offers_it(string path)
    {
        var client = _site.Factory.ClientAs(Roles.Marketing);
        var html = await client.GetStringAsync(With(path, $"segmentId={_site.South}"));
        Assert.Contains("Segment: South &lt;b&gt; (3 customers)", html, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{_site.South}\" selected=\"selected\">South &lt;b&gt; (3)</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("South <b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"segment-applied\"", await client.GetStringAsync(path), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task An_unknown_segment_is_a_400_with_the_reason(string path)
    {
        var client = _site.Factory.ClientAs(Roles.Marketing);
        var response = await client.GetAsync(With(path, "segmentId=987654"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("There is no saved segment 987654", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(With(path, "segmentId=abc"))).StatusCode);
    }

    [Fact]
    public async Task The_offers_page_applies_the_segment_and_says_its_model_is_everyone_s()
    {
        var client = _site.Factory.ClientAs(Roles.Marketing);
        var html = await client.GetStringAsync($"/cross-sell/offers?segmentId={_site.South}");
        Assert.Contains("id=\"segment-applied\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"segment-model\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("not applied", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"segment-model\"", await client.GetStringAsync("/cross-sell/offers"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Downloads_carry_the_segment_in_their_name_and_refuse_an_unknown_one()
    {
        var client = _site.Factory.ClientAs(Roles.Marketing);
        var returns = await client.GetAsync($"/service/returns?handler=Csv&segmentId={_site.South}");
        Assert.Equal(HttpStatusCode.OK, returns.StatusCode);
        Assert.Equal($"service-returns-category_segment-{_site.South}-South--b.csv", returns.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        var loyalty = await client.GetAsync($"/loyalty?handler=Csv&segmentId={_site.South}");
        Assert.Contains($"_segment-{_site.South}-South--b", loyalty.Content.Headers.ContentDisposition!.FileName, StringComparison.Ordinal);
        var csv = await loyalty.Content.ReadAsStringAsync();
        Assert.Equal(4, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);   // header and customers 3, 4, 6
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/service/returns?handler=Csv&segmentId=987654")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/intervals?handler=CustomersCsv&segmentId=987654")).StatusCode);
    }
}
