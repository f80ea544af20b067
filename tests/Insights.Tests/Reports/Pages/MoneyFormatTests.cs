using Insights.Reports.Pages;
using Microsoft.Extensions.Options;

namespace Insights.Tests.Reports.Pages;

public sealed class MoneyFormatTests
{
    static MoneyFormat In(string currency) => new(Options.Create(new SiteDisplayOptions { Currency = currency }));

    [Fact]
    public void An_amount_carries_the_configured_currency_culture_invariant()
    {
        Assert.Equal("1,234.50 EUR", In("EUR").Of(1234.5m));
        Assert.Equal("-7 USD", In("USD").Of(-7m, "N0"));
        Assert.Equal("0.25 GBP", In("GBP").Of(0.25));
        Assert.Equal("Net revenue (EUR)", In("EUR").Heading("Net revenue"));
    }

    [Fact]
    public void A_missing_or_infinite_amount_is_a_dash_without_a_currency()
    {
        Assert.Equal("–", In("EUR").Of((double?)null));
        Assert.Equal("–", In("EUR").Of(double.PositiveInfinity));
    }

    [Theory]
    [InlineData("eur")]
    [InlineData("EURO")]
    [InlineData("€")]
    public void A_currency_that_is_not_an_iso_code_stops_the_site_at_start(string currency)
    {
        using var site = new CurrencySite(currency);

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());
        Assert.Contains("Site:Currency must be an ISO 4217 code", error.ToString());
    }

    [Fact]
    public async Task The_configured_currency_is_on_the_overview()
    {
        await using var site = new CurrencySite("USD");
        site.LoadTinyWorld();
        using var client = site.ClientAs(Roles.Marketing);

        var html = await client.GetStringAsync("/");

        Assert.Contains("id=\"kpi-revenue\">42.00 USD</span>", html);
        Assert.Contains("Net revenue (USD)", html);
    }

    // the tiny world's site with Site:Currency set
    sealed class CurrencySite : SiteFactory
    {
        public CurrencySite(string currency)
            : base(new TempFolder(), ownsFolder: true, settings: new Dictionary<string, string?> { ["Site:Currency"] = currency }) =>
            TinyWorld.CopyTo(SourcesFolder);
    }
}
