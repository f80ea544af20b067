using System.Collections.Concurrent;
using Insights.Demo;
using Insights.Etl;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Insights.Tests.Warehouse;

/// <summary>
/// Readers see the warehouse before a load or after it, never both: three readers count a mart in their own transactions
/// while a full load of the demo world at SF 0.3 replaces one at SF 0.1 (its commit takes a few hundred milliseconds; each
/// reader pauses 20 ms between reads, so the load is not starved of the two cores and the commit still meets several reads).
/// Without <see cref="CommitGate"/> this failed: readers starting during the commit counted the new rows and the deleted old
/// ones together (711,925 rows where the states held 64,436 and 647,489, at SF 1), which the site's browsing test had seen as
/// pages matching no committed state.
/// </summary>
[RunsLong(40)]
public sealed class CommitIsolationTests
{
    [Fact]
    public async Task Readers_during_a_full_loads_commit_see_the_state_before_or_after_never_a_mix()
    {
        using var folder = new TempFolder();
        // without the after-load steps (the customer scores): they run after the commit and write no table the readers count
        using var host = new WarehouseHost(folder, services: s => s.RemoveAll<IAfterLoad>());
        var demo = host.Get<DemoSourcePreparer>();
        demo.Generate(0.1, seed: 42, new DateOnly(2026, 6, 30), toPostgres: false);
        // the mart the readers count is built from the operational source alone: the other sources would only add load time
        host.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None);
        const string sql = "select count(distinct customer_id) || '/' || count(*) from mart_customer_purchase_day";
        var before = host.Scalar<string>(sql);
        demo.Generate(0.3, seed: 42, new DateOnly(2026, 6, 30), toPostgres: false);
        var seen = new ConcurrentDictionary<string, int>();
        var done = false;
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            while (!Volatile.Read(ref done))
            {
                using var connection = host.Get<DuckDbWarehouse>().OpenConnection();
                using var snapshot = connection.BeginTransaction();
                seen.AddOrUpdate(connection.ExecuteScalar<string>(sql), 1, (_, n) => n + 1);
                Thread.Sleep(20);
            }
        })).ToArray();

        host.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None, full: true);
        var after = host.Scalar<string>(sql);
        // reads after the commit too: every reader's next read at least (a reader that never got there fails the test below)
        SpinWait.SpinUntil(() => seen.GetValueOrDefault(after) >= 3, TimeSpan.FromMinutes(1));
        Volatile.Write(ref done, true);
        await Task.WhenAll(readers);

        Assert.NotEqual(before, after);
        Assert.True(seen.ContainsKey(after), "no read saw the load's result; the test did not read across the commit");
        Assert.All(seen, s => Assert.True(s.Key == before || s.Key == after,
            $"{s.Value} read(s) saw {s.Key}; before the load {before}, after it {after}"));
    }
}
