using Insights.Warehouse;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Warehouse;

/// <summary>
/// A <see cref="ReadScope"/> reads one committed state across connections: a load that commits meanwhile waits for the scope
/// (and for connections opened in it), and connections opened in the scope while that commit waits do not wait for it.
/// Without the scope, the cross-sell rules page once showed the segment list of one state beside the rules of the next.
/// </summary>
public sealed class ReadScopeTests : IDisposable
{
    // far longer than committing one row takes: a commit that is not held back finishes well within it
    static readonly TimeSpan Held = TimeSpan.FromSeconds(2);

    readonly TempFolder _folder = new();
    readonly WarehouseHost _host;

    public ReadScopeTests()
    {
        _host = new WarehouseHost(_folder);
        using var connection = Warehouse.OpenConnection();
        connection.ExecuteNonQuery("create table scope_probe (x integer);");
    }

    DuckDbWarehouse Warehouse => _host.Get<DuckDbWarehouse>();

    long Count()
    {
        using var connection = Warehouse.OpenConnection();
        return connection.ExecuteScalar<long>("select count(*) from scope_probe");
    }

    // a load's commit of one row, through the gate, on another thread
    Task CommitOneRow() => Task.Run(() =>
    {
        using var connection = Warehouse.OpenWriteConnection();
        using var transaction = connection.BeginTransaction();
        connection.ExecuteNonQuery("insert into scope_probe values (1);");
        Warehouse.Gate.Commit(transaction);
    });

    [Fact]
    public async Task Connections_opened_one_after_another_in_a_scope_see_one_state_and_the_commit_waits_for_the_scope()
    {
        Task commit;
        using (Warehouse.BeginReadScope())
        {
            Assert.Equal(0, Count());
            commit = CommitOneRow();
            var finished = await Task.WhenAny(commit, Task.Delay(Held)) == commit;
            Assert.False(finished, "the commit went ahead between two reads of one scope");
            Assert.Equal(0, Count());   // a new connection while the commit waits: joins the scope, does not wait behind the commit
        }
        await commit;
        Assert.Equal(1, Count());
    }

    [Fact]
    public async Task Without_a_scope_a_commit_goes_ahead_between_two_connections()
    {
        Assert.Equal(0, Count());
        await CommitOneRow();
        Assert.Equal(1, Count());
    }

    [Fact]
    public async Task A_connection_opened_in_a_scope_keeps_the_state_until_it_is_closed_even_after_the_scope_ends()
    {
        var scope = Warehouse.BeginReadScope();
        var connection = Warehouse.OpenConnection();
        scope.Dispose();
        var commit = CommitOneRow();
        var finished = await Task.WhenAny(commit, Task.Delay(Held)) == commit;
        Assert.False(finished, "the commit went ahead while a connection of the scope was open");
        Assert.Equal(0, connection.ExecuteScalar<long>("select count(*) from scope_probe"));
        connection.Dispose();
        await commit;
        Assert.Equal(1, Count());
    }

    [Fact]
    public async Task A_task_that_outlives_its_scope_reads_with_its_own_share()
    {
        var opened = new TaskCompletionSource();
        Task<long> late;
        using (Warehouse.BeginReadScope())
            late = Task.Run(async () =>
            {
                await opened.Task;
                return Count();
            });
        await CommitOneRow();   // nothing holds the state any more: the scope is over and the task has not read yet
        opened.SetResult();
        Assert.Equal(1, await late);
    }

    [Fact]
    public async Task A_cache_factory_run_off_the_pages_flow_reads_in_the_pages_scope_and_does_not_wait_behind_the_commit()
    {
        // HybridCache runs a missing entry's factory as a thread-pool work item without the caller's context: the factory once
        // (when the caller's token can be cancelled, as a request's can) took its own share, waited behind the commit, which waited for the page's scope, which waited for the factory (60 s)
        using var services = new ServiceCollection().AddHybridCache().Services.BuildServiceProvider();
        var cache = new Insights.Reports.Caching.ResultCache(services.GetRequiredService<HybridCache>(), "probe");
        Task commit;
        using (Warehouse.BeginReadScope())
        {
            Assert.Equal(0, Count());
            commit = CommitOneRow();
            Assert.False(await Task.WhenAny(commit, Task.Delay(Held)) == commit, "the commit went ahead while the scope was open");
            using var request = new CancellationTokenSource();
            var read = Task.Run(() => cache.GetOrAdd(1, "count", _ => Count(), request.Token));
            Assert.True(await Task.WhenAny(read, Task.Delay(Held * 5)) == read, "the cache factory waited behind the commit");
            Assert.Equal(0, await read);   // the page's state, not the one being committed
        }
        await commit;
        Assert.Equal(1, Count());
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
