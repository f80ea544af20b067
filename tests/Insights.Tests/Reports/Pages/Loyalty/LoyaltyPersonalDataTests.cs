using System.Net;
using System.Text;
using Insights.Site.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Loyalty;

/// <summary>
/// What product and marketing see of the seven customers in the loyalty page's list and its CSV, through the real site, and the
/// export record each download leaves.
/// </summary>
public sealed class LoyaltyPersonalDataTests(LoyaltySite site) : IClassFixture<LoyaltySite>
{
    // the signed-in clients of this class (product sees masked personal data, marketing everything)
    readonly HttpClient _product = site.Factory.ClientAs(Roles.Product);
    readonly HttpClient _marketing = site.Factory.ClientAs(Roles.Marketing);

    // every full name and e-mail of TestData/loyalty/world.sql; Fay's full name holds markup, so it is matched by its own part
    static readonly string[] FullNames = ["Ada Early", "Bo Bargain", "Cy Once", "Di May", "Ed Spring", "\"June\"", "Gus Twice"];
    const string AdaEmail = "ada@example.com";
    const string AdaMasked = "a•••@example.com";

    [Fact]
    public async Task Product_sees_first_names_and_a_masked_email_in_the_list_never_a_full_name()
    {
        var html = WebUtility.HtmlDecode(await _product.GetStringAsync("/loyalty?segment=Champions"));   // Ada, customer 1

        var list = html[html.IndexOf("id=\"customer-list\"", StringComparison.Ordinal)..];
        Assert.Contains("<td>1</td><td>Ada</td><td>" + AdaMasked + "</td><td>North</td>", list);
        Assert.Contains("id=\"personal-data-note\"", list);
        Assert.DoesNotContain("<th>Name</th>", list);
        foreach (var name in FullNames) Assert.DoesNotContain(name, html);
        Assert.DoesNotContain(AdaEmail, html);
    }

    [Fact]
    public async Task Marketing_sees_full_names_and_emails_in_the_list()
    {
        var html = WebUtility.HtmlDecode(await _marketing.GetStringAsync("/loyalty?segment=Champions"));

        Assert.Contains("<td>1</td><td>Ada Early</td><td>Ada</td><td>" + AdaEmail + "</td><td>North</td>", html);
        Assert.DoesNotContain("id=\"personal-data-note\"", html);
    }

    [Fact]
    public async Task Product_csv_has_first_names_and_masked_emails_only_and_is_not_stored()
    {
        using var response = await _product.GetAsync("/loyalty?handler=Csv");   // every customer

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "a personal-data download must not be kept in a cache");
        var csv = await Body(response);
        Assert.Contains("\r\n1,,Ada," + AdaMasked + ",North,Champions,", csv);
        Assert.Contains("\r\n6,,Fay,,South,", csv);
        foreach (var name in FullNames) Assert.DoesNotContain(name, csv);
        Assert.DoesNotContain(AdaEmail, csv);
        Assert.Equal(8, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);   // header + 7 customers
    }

    [Fact]
    public async Task Marketing_csv_has_full_names_and_emails()
    {
        using var response = await _marketing.GetAsync("/loyalty?handler=Csv");

        Assert.True(response.Headers.CacheControl?.NoStore);
        var csv = await Body(response);
        Assert.Contains("\r\n1,Ada Early,Ada," + AdaEmail + ",North,Champions,", csv);
        foreach (var name in FullNames) Assert.Contains(name, csv);
    }

    [Theory]
    [InlineData(Roles.Product)]
    [InlineData(Roles.Marketing)]
    public async Task Each_csv_download_adds_one_export_record_with_user_report_filters_and_rows(string role)
    {
        var client = role == Roles.Product ? _product : _marketing;
        var before = await Records();

        using var response = await client.GetAsync("/loyalty?handler=Csv&region=South&segment=Lost");
        await response.Content.ReadAsByteArrayAsync();

        var added = (await Records()).ExceptBy(before.Select(r => r.Id), r => r.Id).ToList();
        var record = Assert.Single(added);
        Assert.Equal(SignIn.UserOf(role), record.UserName);
        Assert.Equal("/loyalty csv customers", record.Report);
        Assert.Equal("handler=Csv&region=South&segment=Lost", record.Filters);
        Assert.Equal(1, record.Rows);   // South's Lost: customer 3
        Assert.InRange(record.At, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task A_table_download_is_recorded_with_its_table_name()
    {
        var before = await Records();

        var csv = await _product.GetStringAsync("/loyalty?handler=Csv&table=rfm");

        var record = Assert.Single((await Records()).ExceptBy(before.Select(r => r.Id), r => r.Id));
        Assert.Equal("/loyalty csv rfm", record.Report);
        Assert.Equal(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1, record.Rows);
    }

    async Task<List<ExportRecord>> Records()
    {
        using var scope = site.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().Exports.AsNoTracking().ToListAsync();
    }

    static async Task<string> Body(HttpResponseMessage response) =>
        Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
}
