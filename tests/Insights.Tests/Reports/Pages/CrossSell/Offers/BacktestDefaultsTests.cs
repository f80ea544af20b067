namespace Insights.Tests.Reports.Pages.CrossSell.Offers;

/// <summary>
/// The offers' backtest tab opens on something to see: on the tiny world's short history the default 90-day horizon cannot
/// fit before the data's end, so the tab takes the longest shorter horizon that fits and says so; a horizon the reader chose
/// is never changed, it is refused with its reason.
/// </summary>
public sealed class BacktestDefaultsTests : IDisposable
{
    readonly SiteFactory _site = new();
    readonly HttpClient _client;

    public BacktestDefaultsTests()
    {
        _site.LoadTinyWorld();
        _client = _site.ClientAs(Roles.Marketing);
    }

    [Fact]
    public async Task The_default_horizon_shortens_to_fit_a_short_history_and_says_so()
    {
        var response = await _client.GetAsync("/cross-sell/offers?section=backtest");
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("The purchase history is too short for a 90-day backtest \\(the cutoff needs purchases before it and 90 days after it\\), so this one uses a (60|30|14|7)-day horizon", html);
        Assert.DoesNotContain("id=\"filter-problems\"", html);
    }

    [Fact]
    public async Task A_horizon_the_reader_chose_is_refused_with_its_reason_not_changed() =>
        await CrossSellSite.Refused(await _client.GetAsync("/cross-sell/offers?section=backtest&horizon=90"), "The cutoff");

    public void Dispose() => _site.Dispose();
}
