using System.Globalization;
using System.Net;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Customers.Scores;

/// <summary>A load in the site's own process writes the scores, and the profile shows the trusted figures (CDNOW sample).</summary>
public sealed class CdnowProfileScoresTests : IDisposable
{
    readonly CdnowSiteFactory _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task After_a_site_load_the_profile_shows_the_trusted_figures_of_the_intervals_models()
    {
        _site.LoadCdnow();
        int id;
        double pAlive, clv;
        using (var connection = _site.Services.GetRequiredService<DuckDbWarehouse>().OpenConnection())
        using (var command = connection.CreateCommand("select customer_id, p_alive, clv_amount from mart_customer_score where frequency > 3 order by customer_id limit 1"))
        using (var reader = command.ExecuteReader())
        {
            Assert.True(reader.Read());
            (id, pAlive, clv) = (reader.GetInt32(0), reader.GetDouble(1), reader.GetDouble(2));
        }

        var html = WebUtility.HtmlDecode(await _site.ClientAs(Roles.Marketing).GetStringAsync($"/customers/{id}"));

        Assert.DoesNotContain("id=\"untrusted\"", html);
        Assert.DoesNotContain("Scores are being computed", html);
        Assert.Contains($"<td id=\"p-alive\">{pAlive.ToString("0%", CultureInfo.InvariantCulture)}</td>", html);
        Assert.Contains($"<td id=\"clv\">{clv.ToString("N2", CultureInfo.InvariantCulture)} EUR</td>", html);
        Assert.Contains("on purchases up to 1998-06-30", html);
    }
}
