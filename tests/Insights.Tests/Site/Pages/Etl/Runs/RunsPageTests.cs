using Insights.Etl;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Site.Pages.Etl.Runs;

/// <summary>The runs page shows what a running load is doing (its transaction shows nothing until it commits).</summary>
public sealed class RunsPageTests : IDisposable
{
    readonly SiteFactory _site = new();

    [Fact]
    public async Task Running_load_shows_its_current_phase_until_it_ends()
    {
        var progress = _site.Services.GetRequiredService<EtlProgress>();
        var client = _site.ClientAs(Roles.Admin);
        progress.Report(4242, "contacts", "building fct_contact");

        var during = await client.GetStringAsync("/etl/runs");
        progress.Finish(4242);
        var after = await client.GetStringAsync("/etl/runs");

        Assert.Contains("<td>4242</td><td>contacts</td><td>building fct_contact</td>", during);
        Assert.DoesNotContain("id=\"running\"", after);
    }

    [Fact]
    public async Task An_unknown_source_is_named_and_every_source_shown_instead_not_silently()
    {
        var html = System.Net.WebUtility.HtmlDecode(await _site.ClientAs(Roles.Admin).GetStringAsync("/etl/runs?source=nowhere"));
        var known = System.Net.WebUtility.HtmlDecode(await _site.ClientAs(Roles.Admin).GetStringAsync("/etl/runs?source=" + _site.Services.GetRequiredService<EtlRunner>().Sources[0]));

        Assert.Contains("There is no source \"nowhere\": showing the runs of every source. Choose one of ", html);
        Assert.DoesNotContain("id=\"filter-notes\"", known);
    }

    [Fact]
    public async Task The_page_says_how_its_numbers_are_computed()
    {
        var html = System.Net.WebUtility.HtmlDecode(await _site.ClientAs(Roles.Admin).GetStringAsync("/etl/runs"));

        Assert.Contains("How this is computed", html);
        Assert.Contains("Read = loaded + quarantined + skipped.", html);
    }

    public void Dispose() => _site.Dispose();
}
