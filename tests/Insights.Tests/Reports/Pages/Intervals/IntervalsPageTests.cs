using System.Net;

namespace Insights.Tests.Reports.Pages.Intervals;

/// <summary>The purchase-interval page through the real site pipeline, on the CDNOW sample.</summary>
public sealed class IntervalsPageTests : IClassFixture<IntervalsPageTests.LoadedSite>
{
    public sealed class LoadedSite : IDisposable
    {
        public LoadedSite()
        {
            Factory = new CdnowSiteFactory();
            Factory.LoadCdnow();
        }

        public CdnowSiteFactory Factory { get; }

        public void Dispose() => Factory.Dispose();
    }

    const string Query = "?Filter.CalibrationEnd=1997-09-30&Filter.Unit=weeks&Filter.Horizon=39";
    readonly HttpClient _client;

    public IntervalsPageTests(LoadedSite site) => _client = site.Factory.ClientAs(Roles.Marketing);

    [Fact]
    public async Task Page_shows_the_published_parameters_the_validation_chart_and_the_lists()
    {
        var html = await _client.GetStringAsync("/intervals" + Query);

        Assert.Contains("2,357 customers with a purchase on or before 1997-09-30", html);
        Assert.Equal(0.243, Estimate(html, "bg_nbd", "r"), 0.005);
        // the page counts time in days (unit=weeks is read as days, the horizon of 39 weeks as 273): the published α of 4.414
        // per week is 30.898 per day, r does not depend on the unit
        Assert.Equal(4.414 * 7, Estimate(html, "bg_nbd", "alpha"), 0.035);
        Assert.Contains("the horizon of 39 weeks as 273 days", html);
        Assert.Equal(6.25, Estimate(html, "gamma_gamma", "p"), 0.01);
        Assert.DoesNotContain("id=\"untrusted\"", html);
        foreach (var id in new[] { "validation-chart", "customers" })
            Assert.Contains($"id=\"{id}\"", html);
        // each section computes and shows only its own part
        Assert.DoesNotContain("id=\"categories\"", html);
        var rhythm = await _client.GetStringAsync("/intervals" + Query + "&Filter.Section=rhythm");
        foreach (var id in new[] { "gap-chart", "overdue" })
            Assert.Contains($"id=\"{id}\"", rhythm);
        Assert.DoesNotContain("id=\"parameters\"", rhythm);
        var categories = await _client.GetStringAsync("/intervals" + Query + "&Filter.Section=categories");
        Assert.Contains("id=\"categories\"", categories);
        Assert.DoesNotContain("id=\"overdue\"", categories);
    }

    static double Estimate(string html, string model, string parameter)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html,
            $"<td>{model}</td><td>{parameter}</td><td class=\"num\">([0-9.]+)</td>");
        Assert.True(match.Success, $"no {model} {parameter} row");
        return double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Customers_csv_has_every_customer_with_the_cli_columns()
    {
        var response = await _client.GetAsync("/intervals?handler=CustomersCsv&" + Query.TrimStart('?') + "&Filter.Sort=customer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2358, lines.Length);
        Assert.StartsWith("customer_id,frequency,recency,T,mean_repeat_spend,p_alive,expected_purchases", lines[0]);
        // sample customer 1: x = 2, t_x = 30.43, T = 38.86 weeks (the CSV has them in days now), expected purchases in 39 weeks
        // (273 days) 1.226
        var first = lines[1].Split(',');
        Assert.Equal("1", first[0]);
        Assert.Equal(1.226, double.Parse(first[6], System.Globalization.CultureInfo.InvariantCulture), 3);
    }

    [Fact]
    public async Task A_bad_unit_is_refused_with_400_and_the_message_not_thrown()
    {
        var response = await _client.GetAsync("/intervals?Filter.Unit=fortnights");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"filter-problems\"", html);
        Assert.Contains("unknown time unit", html);
        Assert.DoesNotContain("id=\"parameters\"", html);   // refused: nothing computed
    }

    [Fact]
    public async Task Overdue_csv_is_the_win_back_list_by_value_at_risk_and_a_bad_filter_is_a_bad_request()
    {
        var overdue = await _client.GetAsync("/intervals?handler=OverdueCsv&" + Query.TrimStart('?'));
        var bad = await _client.GetAsync("/intervals?handler=OverdueCsv&Filter.Horizon=-3");

        Assert.Equal(HttpStatusCode.OK, overdue.StatusCode);
        var rows = (await overdue.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Select(l => l.Split(',')).ToList();
        Assert.NotEmpty(rows);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        Assert.All(rows, r => Assert.True(double.Parse(r[6], inv) >= 2.0));           // overdue ratio ≥ the default factor
        var risk = rows.Select(r => double.Parse(r[9], inv)).ToList();
        Assert.Equal(risk.OrderDescending(), risk);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Theory]
    [InlineData("Filter.Horizon=600&Filter.Unit=weeks", "Horizon must be at most 10 years (521 weeks or 3,650 days)")]
    [InlineData("Filter.Horizon=100000", "Horizon must be above 0 and at most 10 years")]
    [InlineData("Filter.ClvMonths=1200", "CLV months must be between 0 and 120 (10 years)")]
    [InlineData("Filter.HoldoutEnd=9999-12-31", "HoldoutEnd must be a day from 1900-01-01 to 2199-12-31.")]
    [InlineData("Filter.HoldoutEnd=2100-01-01", "The hold-out must end on or before the last purchase day (")]
    [InlineData("Filter.CalibrationEnd=1900-01-01&Filter.HoldoutEnd=1998-01-01",
        "The hold-out may be at most 3,650 days (10 years) after the calibration end (1900-01-01).")]
    public async Task A_filter_past_a_cap_is_refused_with_its_reason_on_the_page_and_the_downloads(string query, string message)
    {
        await CrossSellSite.Refused(await _client.GetAsync("/intervals?" + query), message);
        await CrossSellSite.Refused(await _client.GetAsync("/intervals?handler=CustomersCsv&" + query), message);
        await CrossSellSite.Refused(await _client.GetAsync("/intervals?handler=OverdueCsv&" + query), message);
    }

    [Fact]
    public async Task A_sort_outside_the_whitelist_is_refused_with_the_message()
    {
        var response = await _client.GetAsync("/intervals" + Query + "&Filter.Sort=customer_id;drop%20table");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("use clv, p_alive, expected, frequency or customer.", html);
        Assert.DoesNotContain("id=\"customers\"", html);
    }

    [Fact]
    public async Task Sort_and_section_links_keep_every_filter()
    {
        var html = await _client.GetStringAsync("/intervals" + Query + "&Filter.ClvMonths=6");

        // one link helper for tabs, sort links and downloads: each carries the calibration end, the horizon and the CLV months
        foreach (var id in new[] { "tab-rhythm", "customers-csv" })
        {
            var at = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
            Assert.True(at > 0, id);
        }
        Assert.Contains("href=\"/intervals?calibrationEnd=1997-09-30&amp;unit=days&amp;horizon=273&amp;clvMonths=6&amp;", html);
        Assert.Contains("sort=p_alive", html);
        Assert.Contains("section=rhythm", html);
        Assert.Contains("handler=CustomersCsv", html);
    }

    [Fact]
    public async Task The_page_counts_time_in_days_and_says_what_its_symbols_mean()
    {
        var models = MainOf(await _client.GetStringAsync("/intervals?Filter.CalibrationEnd=1997-09-30"));
        var rhythm = MainOf(await _client.GetStringAsync("/intervals?Filter.CalibrationEnd=1997-09-30&Filter.Section=rhythm"));
        var categories = MainOf(await _client.GetStringAsync("/intervals?Filter.CalibrationEnd=1997-09-30&Filter.Section=categories"));

        foreach (var html in new[] { models, rhythm, categories })
            Assert.DoesNotContain("week", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<th class=\"num\">Recency (days)</th><th class=\"num\">T (days)</th>", models);
        Assert.Contains("expected purchases: over the next 365 days", models);
        Assert.Contains("<td class=\"meaning\">Scale of the buying rates (in days)", models);
        Assert.Contains("<td class=\"meaning\">How well the model fits these purchases", models);
        Assert.Contains("\"Hessian positive definite\" means it stopped on a real peak of the likelihood", models);
        Assert.Contains("href=\"/glossary#fit\"", models);
        Assert.Matches("<td>[0-9]+–[0-9]+</td><td class=\"num\">", rhythm);      // the gap table's bins are days
        Assert.Contains("id=\"cycle-table\"", categories);
        Assert.Contains("id=\"categories-drawn\"", categories);
    }

    static string MainOf(string html) =>
        WebUtility.HtmlDecode(html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)]);
}
