using Insights.Warehouse;
using Insights.Reports.Pages.Loyalty;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Loyalty;

/// <summary>The result cache: one computation per key and warehouse state, a new ETL run starts it over, failures are not kept.</summary>
public sealed class LoyaltyCacheTests : IDisposable
{
    // the cache over a HybridCache of its own, as AddReports registers it
    readonly ServiceProvider _services = new ServiceCollection().AddHybridCache().Services.BuildServiceProvider();

    LoyaltyCache NewCache() => new(_services.GetRequiredService<HybridCache>());

    public void Dispose() => _services.Dispose();

    [Fact]
    public void A_key_is_computed_once_per_run_and_again_after_a_new_run()
    {
        var cache = NewCache();
        var computed = 0;

        Assert.Equal(1, cache.GetOrAdd(1, "rfm", () => ++computed));
        Assert.Equal(1, cache.GetOrAdd(1, "rfm", () => ++computed));
        Assert.Equal(2, cache.GetOrAdd(2, "rfm", () => ++computed));
        Assert.Equal(2, computed);
        Assert.Equal(2, cache.Computed);
    }

    [Fact]
    public async Task A_request_that_gives_up_stops_waiting_while_the_computation_goes_on_for_the_others()
    {
        var cache = NewCache();
        using var started = new ManualResetEventSlim();
        var release = new TaskCompletionSource();
        var first = Task.Run(() => cache.GetOrAddAsync(1, "slow", _ =>
        {
            started.Set();
            release.Task.Wait();
            return "done";
        }, CancellationToken.None).AsTask());
        Assert.True(started.Wait(TimeSpan.FromSeconds(10)), "the computation did not start");
        using var impatient = new CancellationTokenSource();

        var second = cache.GetOrAddAsync(1, "slow", _ => "computed twice", impatient.Token).AsTask();
        impatient.Cancel();

        // a TimeoutException here would mean the request kept waiting for the shared computation
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second.WaitAsync(TimeSpan.FromSeconds(10)));
        release.SetResult();
        Assert.Equal("done", await first);
        Assert.Equal("done", cache.GetOrAdd(1, "slow", () => "computed twice"));
    }

    [Fact]
    public async Task A_newer_state_drops_the_older_states_entries()
    {
        var cache = NewCache();
        var computed = 0;
        cache.GetOrAdd(1, "rfm", () => ++computed);

        cache.GetOrAdd(2, "rfm", () => ++computed);   // the first caller of state 2 removes state 1's tag
        var again = await cache.GetOrAddAsync(1, "rfm", _ => ++computed, CancellationToken.None);

        Assert.Equal(3, again);   // state 1's entry was dropped, not kept beside state 2's
    }

    [Fact]
    public void Concurrent_requests_for_one_key_share_one_computation()
    {
        var cache = NewCache();
        var computed = 0;

        Parallel.For(0, 20, _ => cache.GetOrAdd(1, "cohorts", () => { Interlocked.Increment(ref computed); Thread.Sleep(50); return "x"; }));

        Assert.Equal(1, computed);
    }

    [Fact]
    public void A_failed_computation_is_tried_again()
    {
        var cache = NewCache();

        Assert.Throws<InvalidOperationException>(() => cache.GetOrAdd<string>(1, "price", () => throw new InvalidOperationException()));
        Assert.Equal("ok", cache.GetOrAdd(1, "price", () => "ok"));
    }

    [Fact]
    public async Task A_finished_load_is_noticed_within_a_second_and_the_views_recomputed()
    {
        using var world = new LoyaltyWorld();
        var scope = world.Scope();
        var before = world.Query.Rfm(scope);
        using (var connection = world.Host.Get<DuckDbWarehouse>().OpenConnection())
        {
            // a load that cancels every order of customer 1 and finishes
            connection.ExecuteNonQuery("""
                delete from mart_customer_order where customer_id = 1;
                delete from mart_customer_category_order where customer_id = 1;
                insert into etl_run (run_id, source, trigger, started_at, finished_at, status)
                values (1000, 'operational', 'test', now(), now(), 'succeeded');
                """);
        }
        Assert.Same(before, world.Query.Rfm(scope));   // within the second, the cached result stands

        await Task.Delay(1100);
        var after = world.Query.Rfm(scope);

        Assert.NotSame(before, after);
        Assert.Equal(before.Segments.Sum(s => s.Customers) - 1, after.Segments.Sum(s => s.Customers));
    }
}
