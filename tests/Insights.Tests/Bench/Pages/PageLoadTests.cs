using Insights.Bench.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Insights.Tests.Bench.Pages;

/// <summary>
/// The page bench's failure counting (issue 22): a body cut off after its headers, a busy refusal and a body shorter than its
/// length each count as one failed request, named by view, status and reason, and the bench goes on instead of aborting.
/// </summary>
public sealed class PageLoadTests : IAsyncLifetime
{
    WebApplication _site = null!;
    HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        _site = builder.Build();
        _site.MapGet("/ok", () => Results.Text("fine"));
        _site.MapGet("/busy", (HttpResponse response) =>
        {
            response.Headers.RetryAfter = "5";
            return Results.Text("The report is busy; try again in 5 s.", statusCode: 503);
        });
        // headers and a first part of the body sent, then the connection dropped: what a download that fails mid-body does
        _site.MapGet("/cut", async (HttpContext http) =>
        {
            http.Response.ContentType = "text/csv";
            await http.Response.WriteAsync("customer_id,clv\r\n1,2.5\r\n");
            await http.Response.Body.FlushAsync();
            await Task.Delay(200);   // the headers and the first rows reach the client before the connection drops
            http.Abort();
        });
        // a length announced and not kept
        _site.MapGet("/short", async (HttpContext http) =>
        {
            http.Response.ContentLength = 100;
            await http.Response.WriteAsync("only ten b");
            await http.Response.Body.FlushAsync();
            await Task.Delay(200);
            http.Abort();
        });
        await _site.StartAsync();
        var address = _site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _site.StopAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task Cut_refused_and_short_bodies_are_failed_requests_named_by_view_status_and_reason()
    {
        var load = new PageLoad(_http);
        PageRequest[] requests =
        [
            new("ok", "/ok"), new("busy", "/busy"), new("cut", "/cut"), new("short", "/short"), new("ok", "/ok"),
        ];

        var figures = await load.OnceAsync("during load", requests, clients: 2);

        Assert.Equal(2, figures.Single(f => f.View == "ok").Requests);
        Assert.Equal(0, figures.Single(f => f.View == "ok").Errors);
        Assert.All(figures.Where(f => f.View != "ok"), f => Assert.Equal((1, 1), (f.Requests, f.Errors)));
        var failures = load.Failures.ToDictionary(f => f.View);
        Assert.Equal(["busy", "cut", "short"], failures.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((503, "status 503: The report is busy; try again in 5 s."), (failures["busy"].Status, failures["busy"].Why));
        Assert.Equal(200, failures["cut"].Status);
        Assert.StartsWith("body cut after its headers (", failures["cut"].Why);
        Assert.Equal(200, failures["short"].Status);
        Assert.Contains("body cut", failures["short"].Why);
        Assert.All(load.Failures, f => Assert.Equal("during load", f.Phase));
    }

    [Fact]
    public async Task Looping_clients_go_on_after_a_cut_body_and_count_each_one()
    {
        var load = new PageLoad(_http);

        var figures = await load.LoopAsync("repeated", [new("cut", "/cut"), new("ok", "/ok")], clients: 2, TimeSpan.FromMilliseconds(1000));

        var cut = figures.Single(f => f.View == "cut");
        Assert.True(cut.Requests > 1, $"{cut.Requests} requests: the loop stopped at the first cut body");
        Assert.Equal(cut.Requests, cut.Errors);
        Assert.Equal(0, figures.Single(f => f.View == "ok").Errors);
        var counted = PageFailureCount.Of(load.Failures);
        Assert.All(counted, c => Assert.Equal(("repeated", "cut", "/cut"), (c.Phase, c.View, c.ExamplePath)));
        Assert.Equal(cut.Errors, counted.Sum(c => c.Count));
        Assert.Contains(counted, c => c.Status == 200 && c.Why.StartsWith("body cut after its headers (", StringComparison.Ordinal));
    }
}
