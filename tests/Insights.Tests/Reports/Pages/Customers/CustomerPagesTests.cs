using System.Net;
using System.Text.Json;

namespace Insights.Tests.Reports.Pages.Customers;

/// <summary>The search and profile pages through the real site: status codes, masking in HTML and JSON, encoding of customer input.</summary>
public sealed class CustomerPagesTests(CustomerSiteFixture fixture) : IClassFixture<CustomerSiteFixture>
{
    readonly HttpClient _marketing = fixture.Site.ClientAs(Roles.Marketing);
    readonly HttpClient _product = fixture.Site.ClientAs(Roles.Product);

    [Fact]
    public async Task The_search_form_lists_matches_linking_to_their_profiles()
    {
        var html = WebUtility.HtmlDecode(await _marketing.GetStringAsync("/customers?q=bjorn"));

        Assert.Contains("<a href=\"/customers/1\">Björn</a>", html);
        Assert.Contains("<td>Björn Ångström</td><td>South</td><td>Champions</td><td>2024-04-10</td>", html);
        Assert.Contains("<td>Marta Bjornsdottir</td><td>West</td><td>no order</td><td>–</td>", html);
        Assert.True(html.IndexOf("/customers/1\"", StringComparison.Ordinal) < html.IndexOf("/customers/5\"", StringComparison.Ordinal));
        Assert.Contains("2 customer(s) match", html);
        Assert.Contains("<script src=\"/js/customer-search.js", html);
    }

    [Fact]
    public async Task No_match_and_refused_texts_say_so()
    {
        Assert.Contains("No customer matches", WebUtility.HtmlDecode(await _marketing.GetStringAsync("/customers?q=zzz")));
        var tooLong = await _marketing.GetAsync("/customers?q=" + new string('x', 101));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("at most 100 characters", await tooLong.Content.ReadAsStringAsync());
        var json = await _marketing.GetAsync("/customers?handler=Suggest&q=a");
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Contains("at least 2 characters", await json.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_suggestions_are_json_and_masked_for_product()
    {
        using var full = JsonDocument.Parse(await _marketing.GetStringAsync("/customers?handler=Suggest&q=bjorn"));
        var first = full.RootElement.GetProperty("customers")[0];
        Assert.Equal(1, first.GetProperty("id").GetInt32());
        Assert.Equal("Björn Ångström", first.GetProperty("fullName").GetString());
        Assert.Equal("/customers/1", first.GetProperty("url").GetString());
        Assert.Equal("2024-04-10", first.GetProperty("lastOrderedOn").GetString());

        var masked = await _product.GetStringAsync("/customers?handler=Suggest&q=bjorn");
        using var doc = JsonDocument.Parse(masked);
        var bjorn = doc.RootElement.GetProperty("customers")[0];
        Assert.Equal(JsonValueKind.Null, bjorn.GetProperty("fullName").ValueKind);
        Assert.Equal("b•••@example.com", bjorn.GetProperty("email").GetString());
        Assert.DoesNotContain("Ångström", masked);
        Assert.DoesNotContain("\\u00C5ngstr", masked);
        Assert.DoesNotContain("bjorn@example.com", masked);
    }

    [Theory]
    [InlineData("bjorn@example.com")]
    [InlineData("angstrom")]
    public async Task Product_finds_nobody_by_email_or_surname_in_the_page_and_the_suggestions(string text)
    {
        var query = Uri.EscapeDataString(text);
        Assert.Contains("/customers/1\"", await _marketing.GetStringAsync("/customers?q=" + query));
        using (var full = JsonDocument.Parse(await _marketing.GetStringAsync("/customers?handler=Suggest&q=" + query)))
            Assert.Equal(1, full.RootElement.GetProperty("customers")[0].GetProperty("id").GetInt32());

        var html = WebUtility.HtmlDecode(await _product.GetStringAsync("/customers?q=" + query));
        Assert.Contains("No customer matches", html);
        Assert.DoesNotContain("/customers/1\"", html);
        using var masked = JsonDocument.Parse(await _product.GetStringAsync("/customers?handler=Suggest&q=" + query));
        Assert.Equal(0, masked.RootElement.GetProperty("customers").GetArrayLength());
    }

    [Fact]
    public async Task The_profile_greets_by_the_preferred_name_and_shows_the_timeline()
    {
        var html = WebUtility.HtmlDecode(await _marketing.GetStringAsync("/customers/1"));

        Assert.Contains("Greet as <strong>Björn</strong>", html);
        Assert.Contains("<td id=\"full-name\">Björn Ångström</td>", html);
        Assert.Contains("<td id=\"email\">bjorn@example.com</td>", html);
        Assert.Contains("Champions (R 5, F 4, M 4, as of 2024-04-11)", html);
        Assert.Contains("<td id=\"price-class\">Mixed</td>", html);
        Assert.Contains("breached: open ", html);
        Assert.Contains("past its 48 h target", html);
        Assert.Contains("100.00 EUR gross − 0.00 EUR discount = 100.00 EUR net", html);
        Assert.Contains("Region: North → South", html);
        Assert.Contains("Events 1–7 of 7, newest first.", html);
    }

    [Fact]
    public async Task Product_sees_the_profile_masked()
    {
        var html = WebUtility.HtmlDecode(await _product.GetStringAsync("/customers/1"));

        Assert.Contains("Greet as <strong>Björn</strong>", html);
        Assert.Contains("<td id=\"email\">b•••@example.com</td>", html);
        Assert.Contains("id=\"personal-data-note\"", html);
        Assert.DoesNotContain("Ångström", html);
        Assert.DoesNotContain("bjorn@example.com", html);
        Assert.DoesNotContain("bjorn.old@example.com", html);
        // complaint texts show to every role, as on the service pages (PersonalDataPolicy masks who the customer is)
        Assert.Contains("Parcel never came", html);
    }

    [Fact]
    public async Task Markup_in_a_name_and_a_complaint_text_is_shown_encoded()
    {
        var profile = await _marketing.GetStringAsync("/customers/2");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", profile);
        Assert.DoesNotContain("<script>alert(1)", profile);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; rude staff", profile);
        Assert.DoesNotContain("<img src=x", profile);
        var search = await _marketing.GetStringAsync("/customers?q=zoe");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", search);
        Assert.DoesNotContain("<script>alert(1)", search);
        var json = await _marketing.GetStringAsync("/customers?handler=Suggest&q=zoe");
        Assert.DoesNotContain("<script>", json);
    }

    [Fact]
    public async Task An_unknown_customer_is_a_404_page_that_says_so()
    {
        var response = await _marketing.GetAsync("/customers/99");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no customer with id 99", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _marketing.GetAsync("/customers/abc")).StatusCode);
    }

    [Fact]
    public async Task An_inferred_member_says_so_and_a_bad_kind_is_refused()
    {
        Assert.Contains("id=\"inferred\"", await _marketing.GetStringAsync("/customers/4"));
        var bad = await _marketing.GetAsync("/customers/1?kind=<b>");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _marketing.GetAsync("/customers/1?pageNumber=0")).StatusCode);
    }

    [Fact]
    public async Task Visitors_without_an_account_are_sent_to_sign_in_and_the_json_is_refused()
    {
        var client = fixture.Site.AnonymousClient();
        foreach (var url in new[] { "/customers", "/customers/1" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
        // the script's JSON is not a page a person opens: refused outright, never redirected to a form
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/customers?handler=Suggest&q=bjorn")).StatusCode);
    }
}
