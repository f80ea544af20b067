using System.Net;
using System.Text.RegularExpressions;
using Insights.Etl;
using Insights.Tests.Fixtures;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Site;

/// <summary>
/// A read replica (Site:Mode=ReadOnly) beside an owner that publishes (Publish:Folder): the replica's pages show the owner's
/// numbers, it picks up the owner's next publication without a restart, and it loads nothing.
/// </summary>
public sealed partial class ReadReplicaSiteTests : IClassFixture<ReadReplicaSiteTests.OwnerAndReplica>
{
    /// <summary>The owner: the tiny world's sources, publishing after each load.</summary>
    sealed class OwnerSite(TempFolder folder, string root)
        : SiteFactory(folder, ownsFolder: true, settings: new Dictionary<string, string?> { ["Publish:Folder"] = root });

    /// <summary>A replica of <paramref name="root"/>'s publications, with its own accounts store in <paramref name="folder"/>.</summary>
    sealed class ReplicaSite(TempFolder folder, string root) : SiteFactory(folder, ownsFolder: true, settings: new Dictionary<string, string?>
    {
        ["Site:Mode"] = "ReadOnly",
        ["Publish:Folder"] = root,
        ["Publish:ReplicaPollMilliseconds"] = "0",
    });

    /// <summary>An owner that loaded the tiny world's operational source (the first publication), and a replica of it.</summary>
    public sealed class OwnerAndReplica : IDisposable
    {
        readonly TempFolder _published = new();

        public OwnerAndReplica()
        {
            var ownerFolder = new TempFolder();
            Owner = new OwnerSite(ownerFolder, _published.Path);
            TinyWorld.CopyTo(Path.Combine(ownerFolder.Path, "sources"));
            Load(SourceNames.Operational);
            Replica = new ReplicaSite(new TempFolder(), _published.Path);
        }

        internal SiteFactory Owner { get; }

        internal SiteFactory Replica { get; }

        public void Load(string source) => Owner.Services.GetRequiredService<EtlRunner>().Run(source, "test", CancellationToken.None);

        public void Dispose()
        {
            Replica.Dispose();
            Owner.Dispose();
            _published.Dispose();
        }
    }

    readonly OwnerAndReplica _sites;

    public ReadReplicaSiteTests(OwnerAndReplica sites) => _sites = sites;

    // the page's content without the replica's notice (the one thing that differs by design), white space made one space
    static string PageContent(string html)
    {
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
        return Space().Replace(ReplicaNotice().Replace(main, ""), " ");
    }

    [GeneratedRegex("""<p class="notice" id="replica-notice">.*?</p>""", RegexOptions.Singleline)]
    private static partial Regex ReplicaNotice();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [Theory]
    [InlineData("/")]
    [InlineData("/service/returns")]
    public async Task A_replica_page_shows_the_owners_numbers(string page)
    {
        var owner = await _sites.Owner.ClientAs(Roles.Marketing).GetStringAsync(page);
        var replica = await _sites.Replica.ClientAs(Roles.Marketing).GetStringAsync(page);

        Assert.Equal(PageContent(owner), PageContent(replica));
        Assert.Contains("id=\"replica-notice\"", replica);
        Assert.DoesNotContain("id=\"replica-notice\"", owner);
        if (page == "/") Assert.Contains("<span class=\"value\" id=\"kpi-revenue\">42.00 EUR</span>", replica);   // by hand
    }

    [Fact]
    public async Task A_replica_picks_up_the_next_publication_without_a_restart()
    {
        var client = _sites.Replica.ClientAs(Roles.Marketing);
        Assert.DoesNotContain("<td>complaints</td>", await client.GetStringAsync("/"));

        _sites.Load(SourceNames.Complaints);   // the owner loads and publishes again (no other test loads complaints)

        var after = await client.GetStringAsync("/");
        Assert.Contains("<td>complaints</td>", after);
        Assert.Equal(PageContent(await _sites.Owner.ClientAs(Roles.Marketing).GetStringAsync("/")), PageContent(after));
    }

    [Fact]
    public async Task A_replica_loads_nothing_and_says_so()
    {
        var admin = _sites.Replica.ClientAs(Roles.Admin);
        var runs = await admin.GetStringAsync("/etl/runs");
        Assert.Contains("id=\"replica-notice\"", runs);
        Assert.DoesNotContain("Load operational now", runs);
        Assert.Contains("<td>operational</td>", runs);   // the owner's run history, from the publication
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/hangfire")).StatusCode);   // no job server, no dashboard
    }

    [Fact]
    public async Task Saving_a_segment_on_a_replica_is_refused_with_a_message_and_nothing_is_saved()
    {
        var client = _sites.Replica.ClientAs(Roles.Marketing);
        var token = SignIn.Token(await client.GetStringAsync("/segments/new"));
        var save = await client.PostAsync("/segments/new?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Form.Name"] = "On a replica", ["Form.Rows[0].Field"] = "region",
            ["Form.Rows[0].Op"] = "in", ["Form.Rows[0].Values"] = "South",
        }));

        Assert.Equal(HttpStatusCode.Conflict, save.StatusCode);
        Assert.Contains("read-only replica", await save.Content.ReadAsStringAsync());
        Assert.DoesNotContain("On a replica", await client.GetStringAsync("/segments"));
    }

    /// <summary>A site with <paramref name="settings"/> and nothing loaded.</summary>
    sealed class ConfiguredSite(IReadOnlyDictionary<string, string?> settings) : SiteFactory(new TempFolder(), ownsFolder: true, settings: settings);

    [Theory]
    [InlineData("ReadOnly", null, "set Publish:Folder")]
    [InlineData("Replica", "published", "Site:Mode is 'Replica': use Owner or ReadOnly")]
    [InlineData("Owner", "   ", "Publish:Folder is blank")]
    public void A_mode_or_publish_folder_that_cannot_work_stops_the_start(string mode, string? folder, string message)
    {
        using var site = new ConfiguredSite(new Dictionary<string, string?> { ["Site:Mode"] = mode, ["Publish:Folder"] = folder });

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains(message, error.ToString());
    }
}
