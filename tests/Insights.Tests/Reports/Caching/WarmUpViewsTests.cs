using Insights.Reports.Caching;
using Insights.Reports.Limits;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Insights.Tests.Reports.Caching;

/// <summary>
/// The warm-up's views: each under the background budget, even when the result cache computes it off the warm-up's flow, and a
/// failing view left to be computed on demand while the others are still warmed.
/// </summary>
public sealed class WarmUpViewsTests : IDisposable
{
    // a page may compute for 1 s, work for no request for 30 s; the probe computes for 1.5 s
    readonly ComputeGate _gate = new(Options.Create(new ReportLimitsOptions { MaxSeconds = 1, BackgroundMaxSeconds = 30 }));
    readonly ServiceProvider _services = new ServiceCollection().AddHybridCache().Services.BuildServiceProvider();
    readonly ResultCache _cache;

    public WarmUpViewsTests() => _cache = new ResultCache(_services.GetRequiredService<HybridCache>(), "probe");

    [Fact]
    public void A_cached_view_computed_for_a_page_is_held_to_the_page_budget()
    {
        using var request = new CancellationTokenSource();   // a request's token can be cancelled: the factory runs off the flow
        Assert.Throws<ComputeBudgetException>(() => _cache.GetOrAdd(1, "slow", Slow, request.Token));
    }

    [Fact]
    public void A_cached_view_computed_for_the_warm_up_runs_under_the_background_budget_off_the_warm_ups_flow()
    {
        using var stopping = new CancellationTokenSource();
        var views = new WarmUpViews(_gate, null, NullLogger<WarmUpViews>.Instance);
        var value = 0;

        Assert.True(views.Warm("probe", "slow", () => value = _cache.GetOrAdd(1, "slow", Slow, stopping.Token), stopping.Token));
        Assert.Equal(42, value);
    }

    [Fact]
    public void A_failing_view_is_left_to_be_computed_on_demand_and_the_next_view_still_warms()
    {
        var views = new WarmUpViews(_gate, null, NullLogger<WarmUpViews>.Instance);
        var warmed = new List<string>();

        var first = views.Warm("probe", "broken", () => throw new InvalidOperationException("no such column"), CancellationToken.None);
        var second = views.Warm("probe", "fine", () => warmed.Add("fine"), CancellationToken.None);

        Assert.False(first);
        Assert.True(second);
        Assert.Equal(["fine"], warmed);
    }

    [Fact]
    public void A_stopping_site_stops_the_warm_up()
    {
        var views = new WarmUpViews(_gate, null, NullLogger<WarmUpViews>.Instance);
        using var stopping = new CancellationTokenSource();
        stopping.Cancel();

        Assert.Throws<OperationCanceledException>(() => views.Warm("probe", "any", () => { }, stopping.Token));
    }

    int Slow(CancellationToken ct) => _gate.Run(ComputeKind.Rules, ct, token =>
    {
        Task.Delay(TimeSpan.FromSeconds(1.5), token).GetAwaiter().GetResult();
        return 42;
    });

    public void Dispose() => _services.Dispose();
}
