using System.Net;
using System.Text.RegularExpressions;
using Insights.Reports.Pages.Campaigns;
using Insights.Reports.Pages.Segments;
using Insights.Reports.Pages.Segments.Export;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Campaigns;

/// <summary>The pages through the real site on TestData/campaigns: who may create, the posted form, the readout, the CSVs.</summary>
public sealed partial class CampaignsPageTests : IClassFixture<CampaignsPageTests.Site>
{
    public sealed class Site : IDisposable
    {
        public Site()
        {
            Factory = new SiteFactory();
            CampaignsWorld.Fill(Factory.Services.GetRequiredService<DuckDbWarehouse>(), Factory.Services.GetRequiredService<ModelRunner>());
            var segments = Factory.Services.GetRequiredService<SegmentStore>();
            var north = new SegmentDefinition([new ConditionGroup([new SegmentCondition("region", "in", ["North"])])]);
            North = segments.Save(new SegmentSave(null, "North <b>bold</b>", "", north), "maria", CancellationToken.None);
        }

        public SiteFactory Factory { get; }

        public int North { get; }

        public void Dispose() => Factory.Dispose();
    }

    readonly Site _site;

    public CampaignsPageTests(Site site) => _site = site;

    string NewUrl => $"/campaigns/new?segment={_site.North}";

    async Task<string> TokenOf(HttpClient client) => Token().Match(await client.GetStringAsync(NewUrl)).Groups[1].Value;

    static FormUrlEncodedContent Form(string token, string name, string offer = "<script>alert(1)</script>", string control = "38") => new(
    [
        new("__RequestVerificationToken", token), new("Form.Name", name), new("Form.Offer", offer), new("Form.StartsOn", "2025-03-01"),
        new("Form.WindowDays", "28"), new("Form.ControlPercent", control), new("Form.Seed", "7"),
    ]);

    [Fact]
    public async Task Product_reads_campaigns_but_may_not_create_one()
    {
        using var client = _site.Factory.ClientAs(Roles.Product);
        var page = await client.GetAsync(NewUrl);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("id=\"read-only-note\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"campaign-form\"", html, StringComparison.Ordinal);
        var token = Token().Match(await client.GetStringAsync("/campaigns")).Groups[1].Value;   // the sign-out form's
        var post = await client.PostAsync(NewUrl, Form(token, "Product's"));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task Marketing_creates_a_campaign_and_its_readout_encodes_the_offer()
    {
        using var client = _site.Factory.ClientAs(Roles.Marketing);
        var created = await client.PostAsync(NewUrl, Form(await TokenOf(client), "Spring north"));

        // the client follows the redirect to the new campaign's readout
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Matches("^/campaigns/[0-9]+$", created.RequestMessage!.RequestUri!.AbsolutePath);
        var html = await created.Content.ReadAsStringAsync();
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.Contains("Nothing to read yet: the window starts on 2025-03-01 and the data reach 2025-01-15.", html, StringComparison.Ordinal);
        Assert.Contains("How this is computed", html, StringComparison.Ordinal);
        var list = await client.GetStringAsync("/campaigns");
        Assert.Contains("Spring north", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_form_answers_400_with_the_messages_and_a_forged_post_is_refused()
    {
        using var client = _site.Factory.ClientAs(Roles.Marketing);
        var token = await TokenOf(client);

        var refused = await client.PostAsync(NewUrl, Form(token, "Too big a control", control: "80"));
        var forged = await client.PostAsync(NewUrl, Form("not-a-token", "Forged"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("The control share must be 1 to 50%; 80% was given.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain(_site.Factory.Services.GetRequiredService<CampaignStore>().List(), c => c.Name == "Forged");
    }

    [Fact]
    public async Task The_treatment_csv_is_masked_for_product_and_neutralises_formulas()
    {
        var store = _site.Factory.Services.GetRequiredService<CampaignStore>();
        var id = store.Create(new CampaignRequest(_site.North, "CSV check", "offer", new DateOnly(2025, 3, 1), 28, 38, 7), "maria", CancellationToken.None);
        var treated = _site.Factory.Services.GetRequiredService<SegmentExport>()
            .Rows(CampaignStore.TreatmentSource(id), "North", PersonalDataView.Full, CancellationToken.None).Select(m => m.CustomerId).ToList();
        using var marketing = _site.Factory.ClientAs(Roles.Marketing);
        using var product = _site.Factory.ClientAs(Roles.Product);

        var full = await marketing.GetStringAsync($"/campaigns/{id}?handler=TreatmentCsv");
        var masked = await product.GetStringAsync($"/campaigns/{id}?handler=TreatmentCsv");

        var lines = full.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', SegmentExportRow.Header), lines[0]);   // the segment export's rows, for the treated only
        Assert.Equal(treated.Count, lines.Length - 1);
        Assert.Contains(lines, l => l.StartsWith($"{treated[0]},Pat{treated[0]},Customer {treated[0]},pat{treated[0]}@example.com,", StringComparison.Ordinal));
        Assert.DoesNotContain("@example.com", masked.Replace($"{PersonalDataPolicy.Hidden}@example.com", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(502, treated);   // README.md: seed 7 puts 503, 505 and 507 in control
        Assert.Contains("\"'@Eve\"", full, StringComparison.Ordinal);
        Assert.Contains("\"'=Eve <script>alert(1)</script>\"", full, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitors_get_no_treatment_list_and_no_readout()
    {
        var store = _site.Factory.Services.GetRequiredService<CampaignStore>();
        var id = store.Create(new CampaignRequest(_site.North, "Anonymous check", "offer", new DateOnly(2025, 3, 1), 28, 38, 7), "maria", CancellationToken.None);
        using var anonymous = _site.Factory.AnonymousClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/campaigns/{id}?handler=TreatmentCsv")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/campaigns/{id}?handler=Csv")).StatusCode);
        var page = await anonymous.GetAsync($"/campaigns/{id}");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/sign-in", page.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [InlineData("/campaigns/999")]
    [InlineData("/campaigns/999?handler=Csv")]
    [InlineData("/campaigns/999?handler=TreatmentCsv")]
    [InlineData("/campaigns/abc")]
    public async Task Unknown_campaigns_are_not_found(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await _site.Factory.ClientAs(Roles.Marketing).GetAsync(url)).StatusCode);

    [Theory]
    [InlineData("/campaigns/new?segment=999", "There is no saved segment 999.")]
    [InlineData("/campaigns/new?segment=abc", "")]
    public async Task An_unknown_segment_is_refused_with_a_message(string url, string message)
    {
        var response = await _site.Factory.ClientAs(Roles.Marketing).GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("id=\"filter-problems\"", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
