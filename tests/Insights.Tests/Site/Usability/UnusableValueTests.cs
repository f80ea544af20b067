using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace Insights.Tests.Site.Usability;

/// <summary>
/// Issue 21, "bad dates or numbers in the URL are silently replaced by defaults": every date and number parameter of every page
/// (found by <see cref="SiteParameters"/>), sent a value that is no date or number, gets the page back with 400 and the filter
/// problems saying what was refused, never a 200 that quietly shows the default.
/// </summary>
public sealed class UnusableValueTests : IClassFixture<UnusableValueTests.LoadedSite>
{
    /// <summary>The tiny world's site, loaded once.</summary>
    public sealed class LoadedSite : IDisposable
    {
        public LoadedSite()
        {
            Factory = new SiteFactory();
            Factory.LoadTinyWorld();
        }

        public SiteFactory Factory { get; }

        public void Dispose() => Factory.Dispose();
    }

    static readonly Type[] Typed = [typeof(DateOnly), typeof(DateTime), typeof(int), typeof(long), typeof(double), typeof(decimal)];

    readonly LoadedSite _site;

    public UnusableValueTests(LoadedSite site) => _site = site;

    [Fact]
    public async Task A_value_that_is_no_date_or_number_is_refused_with_a_message_on_every_page()
    {
        using var client = _site.Factory.ClientAs(Roles.Admin);
        // a page with a route value ("/customers/{id:int}") answers 404 to anything but a known id: its filters are swept elsewhere
        var pages = (await SiteParameters.DiscoverAsync(_site.Factory.Services)).Where(h => !h.IsDownload && !h.Route.Contains('{')).ToList();
        var failures = new List<string>();
        var sent = 0;
        foreach (var page in pages)
            foreach (var parameter in page.Parameters.Where(p => Typed.Contains(Nullable.GetUnderlyingType(p.Type) ?? p.Type)))
            {
                // a property bound under another name ([BindProperty(Name = "p")]) is sent under that name
                var name = parameter.Property?.GetCustomAttribute<BindPropertyAttribute>()?.Name ?? parameter.Name;
                var url = page.Url($"{Uri.EscapeDataString(name)}=not-a-value");
                sent++;
                using var response = await client.GetAsync(url);
                var html = await response.Content.ReadAsStringAsync();
                // a report page lists the filter problems; a page of the site's own (the export log) answers its message as text
                var saysWhy = html.Contains("id=\"filter-problems\"", StringComparison.Ordinal)
                    || (response.Content.Headers.ContentType?.MediaType == "text/plain" && html.Trim().Length > 0);
                if (response.StatusCode != HttpStatusCode.BadRequest || !saysWhy)
                    failures.Add($"{url}: {(int)response.StatusCode}{(html.Contains("filter-problems") ? "" : ", no filter problems shown")}");
            }

        Assert.True(sent > 30, $"only {sent} requests: the discovery missed pages or parameters");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} unusable values were not refused:\n" + string.Join("\n", failures));
    }
}
