using System.Net;
using Insights.Reports.Pages.Customers.Scores;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Customers.Scores;

/// <summary>
/// The profile's model figures and offers through the real site (warm-up off, as in every site test): computed in the background
/// on first need, then looked up; hand-written mart rows show every figure, encoded, and the same for the product role.
/// </summary>
public sealed class ProfileScoresPageTests : IDisposable
{
    readonly CustomerSite _site = new();
    readonly HttpClient _marketing;
    readonly HttpClient _product;

    public ProfileScoresPageTests()
    {
        ScoredCustomerWorld.Fill(_site.Services.GetRequiredService<DuckDbWarehouse>(), _site.Services.GetRequiredService<ModelRunner>());
        _marketing = _site.ClientAs(Roles.Marketing);
        _product = _site.ClientAs(Roles.Product);
    }

    public void Dispose() => _site.Dispose();

    async Task<string> Profile(HttpClient client, int id = 1) => WebUtility.HtmlDecode(await client.GetStringAsync($"/customers/{id}"));

    [Fact]
    public async Task A_warehouse_without_scores_says_they_are_being_computed_and_gets_them_in_the_background()
    {
        var first = await Profile(_marketing);
        Assert.Contains("Scores are being computed", first);

        await _site.Services.GetRequiredService<CustomerScoresRefresh>().Running;

        var html = await Profile(_marketing);
        Assert.DoesNotContain("Scores are being computed", html);
        Assert.Contains("The purchase model (BG/NBD) fit is not trusted", html);
        Assert.Contains("<td id=\"p-alive\">–</td>", html);
        Assert.Contains("<td id=\"rhythm\">every 96 days (median)</td>", html);
        Assert.Contains("<td id=\"overdue\">no</td>", html);
        Assert.Contains("How this is computed", html);
    }

    [Fact]
    public async Task Trusted_figures_and_the_offers_are_shown_with_their_meaning_and_encoded()
    {
        using (var connection = _site.Services.GetRequiredService<DuckDbWarehouse>().OpenConnection())
            connection.ExecuteNonQuery("""
                insert into mart_customer_score_fit (run_id, current_run_id, inputs_fingerprint, fitted_at, as_of_date, count_customers,
                    count_offers, horizon_days, clv_months, discount_rate, margin, overdue_factor, bg_nbd_r, bg_nbd_alpha, bg_nbd_a, bg_nbd_b,
                    gamma_gamma_p, gamma_gamma_q, gamma_gamma_v, is_trusted, is_spend_trusted, bg_nbd_diagnosis, gamma_gamma_diagnosis,
                    offers_problem) values (5, 5, 'hand-written', '2024-04-11 02:00', '2024-04-10', 2, 2, 90, 12, 0.01, 1, 2,
                    0.24, 4.4, 0.79, 2.4, 6.25, 3.74, 15.4, true, true, 'trusted', 'trusted', null);
                insert into mart_customer_score values
                    (1, 5, '2024-04-10', '2024-04-10', 4, 3, 96, 96, 81, 0.8734, 0.4521, 77.5, 123.456, 32, 30, 75, 2.5, true, null, null, null);
                insert into mart_customer_offer (customer_id, offer_rank, run_id, item, score, basis, reason) values
                    (1, 1, 5, 'Socks <b>wool</b>', 0.75, 'rule', 'bought Shoes; <script>alert(2)</script>'),
                    (1, 2, 5, 'Hats', 0.33, 'segment', '33% of Champions customers buy Hats');
                """);

        foreach (var client in new[] { _marketing, _product })
        {
            var raw = await client.GetStringAsync("/customers/1");
            Assert.DoesNotContain("<script>alert(2)", raw);
            Assert.Contains("&lt;script&gt;alert(2)&lt;/script&gt;", raw);
            Assert.DoesNotContain("<b>wool</b>", raw);
            var html = WebUtility.HtmlDecode(raw);
            Assert.Contains("<td id=\"p-alive\">87%</td>", html);
            Assert.Contains("<td id=\"expected\">0.45</td>", html);
            Assert.Contains("<td id=\"clv\">123.46 EUR</td>", html);
            Assert.Contains("<td id=\"rhythm\">every 30 days (median)</td>", html);
            Assert.Contains("<td id=\"overdue\">yes</td>", html);
            Assert.Contains("75 days since the last purchase is 2.5× their median gap", html);
            Assert.Contains("Purchase days the model expects from them in the 90 days after 2024-04-10", html);
            Assert.Contains("<li data-rank=\"1\"><strong>Socks <b>wool</b></strong> (expected revenue 0.75): bought Shoes; <script>alert(2)</script></li>", html);
            Assert.DoesNotContain("id=\"untrusted\"", html);
        }
        // the product role still sees no full name
        Assert.DoesNotContain("Ångström", await Profile(_product));
    }
}
