using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Service.Channels;

/// <summary>The real site on a warehouse holding the channels world (TestData/service/channels) instead of the tiny world.</summary>
public sealed class ChannelsSite : IDisposable
{
    public ChannelsSite()
    {
        Factory = new SiteFactory();
        ServiceWorld.Fill(Factory.Services.GetRequiredService<DuckDbWarehouse>(), "channels");
        Client = Factory.ClientAs(Roles.Marketing);
    }

    public SiteFactory Factory { get; }

    /// <summary>A client signed in as marketing.</summary>
    public HttpClient Client { get; }

    /// <summary>The page at <paramref name="url"/>, decoded and on one line (as CrossSellSite.Shows compares it), after checking 200.</summary>
    public async Task<string> Page(string url)
    {
        var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"{response.StatusCode}: {html}");
        return System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(
            System.Net.WebUtility.HtmlDecode(html), @">\s+<", "><"), @"\s+", " ");
    }

    /// <summary>Asserts <paramref name="page"/> (from <see cref="Page"/>) holds <paramref name="text"/>; on failure the message is the page's main part.</summary>
    public static void Shows(string page, string text)
    {
        var main = page.IndexOf("<main", StringComparison.Ordinal);
        Assert.True(page.Contains(text, StringComparison.Ordinal), $"not on the page: {text}\n{page[Math.Max(0, main)..]}");
    }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }
}
