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

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }
}
