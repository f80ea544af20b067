using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Insights.Reports.Export;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Site.Pages.Admin;

/// <summary>/admin/exports, the export log, through the real site on the loyalty world: who may read it and what it shows.</summary>
public sealed partial class ExportsPageTests(LoyaltySite site) : IClassFixture<LoyaltySite>
{
    // the clients of this class, one per role, and one without a session
    readonly HttpClient _admin = site.Factory.ClientAs(Roles.Admin);
    readonly HttpClient _marketing = site.Factory.ClientAs(Roles.Marketing);
    readonly HttpClient _product = site.Factory.ClientAs(Roles.Product);
    readonly HttpClient _anonymous = site.Factory.AnonymousClient();

    [Fact]
    public async Task Only_admins_read_the_log()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await _marketing.GetAsync("/admin/exports")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _product.GetAsync("/admin/exports")).StatusCode);
        var anonymous = await _anonymous.GetAsync("/admin/exports");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/sign-in", anonymous.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await _admin.GetAsync("/admin/exports")).StatusCode);
    }

    [Fact]
    public async Task The_admin_menu_links_to_the_log_and_other_roles_do_not_see_it()
    {
        Assert.Contains("href=\"/admin/exports\"", await _admin.GetStringAsync("/loyalty"));
        Assert.DoesNotContain("href=\"/admin/exports\"", await _marketing.GetStringAsync("/loyalty"));
    }

    [Fact]
    public async Task A_download_is_listed_with_user_report_rows_and_its_filters_encoded()
    {
        var csv = await _marketing.GetStringAsync("/loyalty?handler=Csv&segment=Lost&note=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        Assert.Equal(3, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);   // customers 3 and 5

        var html = await _admin.GetStringAsync("/admin/exports?user=" + SignIn.UserOf(Roles.Marketing));

        var row = Rows(html).First(r => r.Contains("note=", StringComparison.Ordinal));
        Assert.Contains("<td>" + SignIn.UserOf(Roles.Marketing) + "</td>", row);
        Assert.Contains("<td>/loyalty csv customers</td>", row);
        Assert.Contains("<code>handler=Csv&amp;segment=Lost&amp;note=&lt;script&gt;alert(1)&lt;/script&gt;</code>", row);
        Assert.Contains("<td class=\"num\">2</td>", row);
        Assert.DoesNotContain("<script>alert(1)", html);
    }

    [Fact]
    public async Task The_log_is_newest_first_paged_and_filtered_by_user()
    {
        const string user = "pager";
        await using (var scope = site.Factory.Services.CreateAsyncScope())
        {
            var log = scope.ServiceProvider.GetRequiredService<IExportLog>();
            for (var n = 1; n <= 60; n++)
                await log.FinishedAsync(await log.StartedAsync(new ExportRequest(user, "/loyalty csv rfm", $"n={n}"), default), n, default);
        }
        await _product.GetStringAsync("/loyalty?handler=Csv&table=rfm");   // someone else's download, not in pager's pages

        var first = await _admin.GetStringAsync("/admin/exports?user=" + user);
        var second = await _admin.GetStringAsync("/admin/exports?user=" + user + "&p=2");

        Assert.Contains("60 downloads by pager; page 1 of 2", first);
        Assert.Equal(50, Rows(first).Count);
        Assert.Contains("<code>n=60</code>", Rows(first)[0]);
        Assert.Contains("<code>n=11</code>", Rows(first)[^1]);
        Assert.Contains("href=\"/admin/exports?user=pager&amp;p=2\"", first);
        Assert.Equal(10, Rows(second).Count);
        Assert.Contains("<code>n=1</code>", Rows(second)[^1]);
        Assert.All(Rows(first).Concat(Rows(second)), row => Assert.Contains("<td>pager</td>", row));
        Assert.Contains("<option value=\"pager\" selected=\"selected\">pager</option>", first);
        Assert.Contains(Rows(await _admin.GetStringAsync("/admin/exports")), row => row.Contains("<td>" + SignIn.UserOf(Roles.Product) + "</td>"));
    }

    [Fact]
    public async Task A_download_cut_short_keeps_its_record_as_not_finished()
    {
        // the response as a client that leaves after the first row leaves it: the request's abort token fires mid-download
        using var aborted = new CancellationTokenSource();
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var http = new DefaultHttpContext
        {
            RequestServices = scope.ServiceProvider,
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "cut-short")], "test")),
            RequestAborted = aborted.Token,
        };
        http.Request.Path = "/loyalty";
        http.Request.QueryString = new QueryString("?handler=Csv&segment=Lost");
        http.Response.Body = new MemoryStream();
        IEnumerable<IReadOnlyList<object?>> RowsUntilTheClientLeaves()
        {
            yield return [3];
            aborted.Cancel();
            aborted.Token.ThrowIfCancellationRequested();
        }
        var download = new CsvDownload("lost.csv", ["customer_id"], RowsUntilTheClientLeaves(), table: "customers");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            download.ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor())));

        var row = Assert.Single(Rows(await _admin.GetStringAsync("/admin/exports?user=cut-short")));
        Assert.Contains("<td>/loyalty csv customers</td>", row);
        Assert.Contains("<td class=\"num\">not finished</td>", row);
    }

    [Theory]
    [InlineData("/admin/exports?p=abc")]
    [InlineData("/admin/exports?p=99999999999999")]
    public async Task A_bad_page_number_is_refused_with_400(string url)
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await _admin.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_page_past_the_end_shows_the_last_page()
    {
        var html = await _admin.GetStringAsync("/admin/exports?user=nobody&p=2147483647");

        Assert.Contains("0 downloads by nobody; page 1 of 1", html);
    }

    // the log table's body rows
    static List<string> Rows(string html)
    {
        var table = html[html.IndexOf("id=\"exports\"", StringComparison.Ordinal)..html.IndexOf("</table>", StringComparison.Ordinal)];
        return [.. BodyRow().Matches(table[table.IndexOf("<tbody>", StringComparison.Ordinal)..]).Select(m => m.Value)];
    }

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex BodyRow();
}
