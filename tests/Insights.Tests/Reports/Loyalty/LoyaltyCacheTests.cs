using Insights.Reports.Pages.Loyalty;

namespace Insights.Tests.Reports.Loyalty;

/// <summary>The result cache: one computation per key and warehouse state, a new ETL run starts it over, failures are not kept.</summary>
public sealed class LoyaltyCacheTests
{
    [Fact]
    public void A_key_is_computed_once_per_run_and_again_after_a_new_run()
    {
        var cache = new LoyaltyCache();
        var computed = 0;

        Assert.Equal(1, cache.GetOrAdd(1, "rfm", () => ++computed));
        Assert.Equal(1, cache.GetOrAdd(1, "rfm", () => ++computed));
        Assert.Equal(2, cache.GetOrAdd(2, "rfm", () => ++computed));
        Assert.Equal(2, computed);
    }

    [Fact]
    public void Concurrent_requests_for_one_key_share_one_computation()
    {
        var cache = new LoyaltyCache();
        var computed = 0;

        Parallel.For(0, 20, _ => cache.GetOrAdd(1, "cohorts", () => { Interlocked.Increment(ref computed); Thread.Sleep(50); return "x"; }));

        Assert.Equal(1, computed);
    }

    [Fact]
    public void A_failed_computation_is_tried_again()
    {
        var cache = new LoyaltyCache();

        Assert.Throws<InvalidOperationException>(() => cache.GetOrAdd<string>(1, "price", () => throw new InvalidOperationException()));
        Assert.Equal("ok", cache.GetOrAdd(1, "price", () => "ok"));
    }
}
