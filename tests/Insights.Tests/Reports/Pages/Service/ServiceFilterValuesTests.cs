namespace Insights.Tests.Reports.Pages.Service;

/// <summary>
/// A region or segment the warehouse does not know is refused with the values there are (it matched nothing and showed an
/// empty page without a word), on the channels world (regions North and South).
/// </summary>
public sealed class ServiceFilterValuesTests(ChannelsSite site) : IClassFixture<ChannelsSite>
{
    [Theory]
    [InlineData("/service?region=Atlantis", "Unknown region \"Atlantis\": use one of North, South.")]
    [InlineData("/service/complaints?region=Atlantis", "Unknown region \"Atlantis\": use one of North, South.")]
    [InlineData("/service/returns?segment=Nobody", "Unknown segment \"Nobody\"")]
    public async Task An_unknown_value_is_refused_with_the_known_ones(string url, string message) =>
        await CrossSellSite.Refused(await site.Client.GetAsync(url), message);

    [Fact]
    public async Task A_known_region_is_used() =>
        Assert.Equal(System.Net.HttpStatusCode.OK, (await site.Client.GetAsync("/service?region=South")).StatusCode);
}
