using System.Net;
using Insights.Reports.Export;
using Insights.Reports.Limits;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Export;

/// <summary>
/// A large download written whole is kept at the warehouse's state and sent again from its file without a place at the gate:
/// the same bytes, for the same reader's view only, never after a newer state. Through the real site, whose gate has one place
/// and makes no one wait, so a download that is not kept answers 503 while the place is held.
/// </summary>
public sealed class KeptDownloadsPageTests : IDisposable
{
    sealed class OneDownloadSite : SiteFactory
    {
        public OneDownloadSite() : base(new TempFolder(), ownsFolder: true, settings: new Dictionary<string, string?>
        {
            ["Reports:Downloads:MaxConcurrent"] = "1", ["Reports:Downloads:MaxWaitSeconds"] = "0",
        })
        {
            TinyWorld.CopyTo(SourcesFolder);
            LoadTinyWorld();
        }
    }

    readonly OneDownloadSite _site = new();

    [Fact]
    public async Task A_download_written_whole_is_sent_again_from_its_file_for_the_same_view_until_the_state_moves_on()
    {
        var marketing = _site.ClientAs(Roles.Marketing);
        var product = _site.ClientAs(Roles.Product);
        const string customers = "/loyalty?handler=csv&table=customers", offers = "/cross-sell/offers?handler=csv";
        var first = await Text(marketing, customers);
        var firstOffers = await Text(marketing, offers);
        Assert.Contains("\n", first.Trim());   // rows, not only the header

        var gate = _site.Services.GetRequiredService<DownloadGate>();
        Assert.True(SpinWait.SpinUntil(() => gate.Streaming == 0, TimeSpan.FromSeconds(30)));
        using (await gate.EnterAsync(CancellationToken.None))   // the one place is taken: only kept downloads can answer
        {
            Assert.Equal(first, await Text(marketing, customers));
            Assert.Equal(firstOffers, await Text(marketing, offers));
            using var response = await marketing.GetAsync(customers);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
            // another view of a person (product: masked names) is its own download, not the marketing file
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await product.GetAsync(offers)).StatusCode);
            // another filter too
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await marketing.GetAsync(customers + "&region=North")).StatusCode);

            // a load commits a new state: nothing kept of the older one is sent
            var warehouse = _site.Services.GetRequiredService<DuckDbWarehouse>();
            using (var connection = warehouse.OpenWriteConnection())
            {
                using var transaction = connection.BeginTransaction();
                connection.ExecuteNonQuery("insert into etl_run (run_id, source, started_at, finished_at, status, trigger) values (99, 'operational', now(), now(), 'succeeded', 'test')");
                warehouse.Gate.Commit(transaction);
            }
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await marketing.GetAsync(customers)).StatusCode);
        }
    }

    [Fact]
    public void A_folder_left_by_a_process_that_is_gone_is_deleted_at_start_and_a_live_one_is_not()
    {
        // pid 2^22 + 1 is above Linux's largest pid (pid_max at most 2^22): no process has it
        var gone = Path.Combine(Path.GetTempPath(), $"insights-downloads-4194305-{Guid.NewGuid():N}");
        var live = Path.Combine(Path.GetTempPath(), $"insights-downloads-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(gone);
        File.WriteAllText(Path.Combine(gone, "left.csv"), "customer_id\n1\n");
        Directory.CreateDirectory(live);
        try
        {
            using var kept = ActivatorUtilities.CreateInstance<KeptDownloads>(_site.Services);
            Assert.False(Directory.Exists(gone));
            Assert.True(Directory.Exists(live));
        }
        finally
        {
            Directory.Delete(live, recursive: true);
            if (Directory.Exists(gone)) Directory.Delete(gone, recursive: true);
        }
    }

    static async Task<string> Text(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    public void Dispose() => _site.Dispose();
}
