using Insights.Warehouse;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Service;

/// <summary>
/// The service views' month charts and tables mark the month still running as the overview does: on 2024-02-10 (the site's
/// clock) February 2024 of the channels world (TestData/service/channels: contacts in January to March) and of the returns
/// world (sales in January and February) is "so far", drawn pale or shaded; on 2024-04-01 no month of either is.
/// </summary>
public sealed class RunningMonthTests
{
    static readonly DateTimeOffset MidFebruary = new(2024, 2, 10, 12, 0, 0, TimeSpan.Zero);
    static readonly DateTimeOffset April = new(2024, 4, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A site on one service world whose clock is the test's.</summary>
    sealed class ClockedSite : SiteFactory
    {
        readonly TimeProvider _clock;

        public ClockedSite(DateTimeOffset now, string world)
        {
            _clock = new SettableClock(now);
            ServiceWorld.Fill(Services.GetRequiredService<DuckDbWarehouse>(), world);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(_clock));
        }
    }

    static async Task<string> PageAsync(DateTimeOffset now, string world, string url)
    {
        using var site = new ClockedSite(now, world);
        var response = await site.ClientAs(Roles.Marketing).GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {html}");
        // decoded and on one line, as ChannelsSite.Page compares a page
        return System.Text.RegularExpressions.Regex.Replace(System.Net.WebUtility.HtmlDecode(html), @"\s+", " ");
    }

    [Fact]
    public async Task Channels_marks_the_running_month_in_its_note_its_chart_and_its_table()
    {
        var running = await PageAsync(MidFebruary, "channels", "/service?from=2024-01-01&to=2024-03-31");
        var ended = await PageAsync(April, "channels", "/service?from=2024-01-01&to=2024-03-31");

        Assert.Contains("February 2024 is still running: its bar (pale) and row count the first 10 days only", running);
        Assert.Contains("<tr data-month=\"2024-02\" class=\"partial\"><td>2024-02 (so far)</td>", running);
        Assert.Contains("Feb 24 (so far)", ChartSvg(running, "channels-chart"));
        Assert.DoesNotContain("so far", ended);
        Assert.DoesNotContain("so far", ChartSvg(ended, "channels-chart"));
    }

    [Fact]
    public async Task Returns_marks_the_running_month_of_sale_in_its_note_its_chart_and_its_table()
    {
        var running = await PageAsync(MidFebruary, "returns", "/service/returns?from=2024-01-01&to=2024-02-29");
        var ended = await PageAsync(April, "returns", "/service/returns?from=2024-01-01&to=2024-02-29");

        Assert.Contains("February 2024 is still running: its sales", running);
        Assert.Contains("<td>2024-02 (so far)</td>", running);
        Assert.Contains("2024-02 (so far)", ChartSvg(running, "returns-chart"));
        Assert.DoesNotContain("so far", ended);
        Assert.DoesNotContain("so far", ChartSvg(ended, "returns-chart"));
    }

    [Fact]
    public void The_charts_draw_the_running_month_differently()
    {
        var rows = new List<Insights.Reports.Pages.Service.Returns.ReturnRow>
        {
            new("2024-01", null, null, 10, 100m, 1, 10m, 1),
            new("2024-02", null, null, 10, 100m, 2, 20m, 2),
        };

        Assert.NotEqual(Insights.Reports.Pages.Service.Returns.ReturnsChart.Render(rows),
            Insights.Reports.Pages.Service.Returns.ReturnsChart.Render(rows, "2024-02"));
    }

    // the SVG behind an <img id="…" src="data:image/svg+xml;base64,…">
    static string ChartSvg(string html, string id)
    {
        var at = html.IndexOf($"id=\"{id}\" src=\"data:image/svg+xml;base64,", StringComparison.Ordinal);
        Assert.True(at >= 0, $"no {id}");
        var start = html.IndexOf("base64,", at, StringComparison.Ordinal) + "base64,".Length;
        return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(html[start..html.IndexOf('"', start)]));
    }
}
