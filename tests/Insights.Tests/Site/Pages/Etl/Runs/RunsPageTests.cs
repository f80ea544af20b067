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

    public void Dispose() => _site.Dispose();
}
