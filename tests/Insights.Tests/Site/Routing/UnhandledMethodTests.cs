using System.Net;

namespace Insights.Tests.Site.Routing;

/// <summary>
/// A method or handler name a page does not take is refused as such (405 with Allow, or 404), never rendered on a model that was
/// never filled: a TRACE on / and on the cross-sell pages gave a 500.
/// </summary>
public sealed class UnhandledMethodTests(HardenedSite site) : IClassFixture<HardenedSite>, IDisposable
{
    readonly HttpClient _client = site.AdminClient();

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("TRACE", "/cross-sell/rules")]
    [InlineData("TRACE", "/cross-sell/sequences")]
    [InlineData("TRACE", "/cross-sell/white-space")]
    [InlineData("TRACE", "/cross-sell/offers")]
    [InlineData("TRACE", "/cross-sell/opportunities")]
    [InlineData("TRACE", "/loyalty")]
    [InlineData("TRACE", "/intervals")]
    [InlineData("TRACE", "/etl/quarantine")]
    [InlineData("PUT", "/cross-sell/rules")]
    [InlineData("DELETE", "/")]
    [InlineData("POST", "/")]
    public async Task A_method_the_page_does_not_take_gives_405_with_the_methods_it_takes(string method, string url)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
        Assert.Contains("Method not allowed", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Options_gets_razor_pages_own_empty_answer_never_a_rendered_page()
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/loyalty"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_page_with_a_post_handler_lists_post_among_its_methods()
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Trace, "/etl/runs"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task A_handler_name_the_method_lacks_gives_404()
    {
        // /etl/runs takes POST only as its named "Load" handler: another name has nothing to run
        using var response = await _client.PostAsync("/etl/runs?handler=Nope", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Head_and_get_still_work_and_an_unknown_name_falls_back_to_the_page_as_before()
    {
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/cross-sell/rules"));
        using var get = await _client.GetAsync("/cross-sell/rules?handler=Nope");   // Razor Pages runs the unnamed OnGet

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
    }

    [Fact]
    public async Task A_post_without_its_token_is_still_refused_by_anti_forgery()
    {
        using var response = await _client.PostAsync("/etl/runs?handler=Load", new FormUrlEncodedContent([new("source", "contacts")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public void Dispose() => _client.Dispose();
}
