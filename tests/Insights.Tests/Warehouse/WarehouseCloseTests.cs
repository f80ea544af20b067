using Insights.Warehouse;
using Microsoft.Extensions.Options;

namespace Insights.Tests.Warehouse;

/// <summary>
/// Closing the warehouse waits for the connections still open: a download's rows are given back after its response has completed,
/// and when that connection was the last one the file stayed locked after the site had stopped (a CLI started right after
/// found it in use, seen once in CI in ReportDefaultsTests).
/// </summary>
public sealed class WarehouseCloseTests : IDisposable
{
    readonly TempFolder _folder = new();

    [Fact]
    public async Task Dispose_returns_after_a_connection_open_on_another_thread_is_given_back()
    {
        var warehouse = new DuckDbWarehouse(Options.Create(new WarehouseOptions { DatabasePath = _folder.File("w.duckdb") }));
        var opened = new ManualResetEventSlim();
        var givenBack = 0;
        var reader = Task.Run(() =>
        {
            using (var connection = warehouse.OpenConnection())
            {
                opened.Set();
                Thread.Sleep(500);   // the rest of a request's disposal
                Assert.Equal(1, connection.ExecuteScalar<int>("select 1"));
            }
            Volatile.Write(ref givenBack, 1);
        });
        Assert.True(opened.Wait(TimeSpan.FromSeconds(10)));

        warehouse.Dispose();

        Assert.Equal(1, Volatile.Read(ref givenBack));
        await reader;
    }

    [Fact]
    public void Dispose_without_open_connections_returns_at_once()
    {
        var warehouse = new DuckDbWarehouse(Options.Create(new WarehouseOptions { DatabasePath = _folder.File("w.duckdb") }));
        using (var connection = warehouse.OpenConnection()) Assert.Equal(1, connection.ExecuteScalar<int>("select 1"));
        var started = Environment.TickCount64;

        warehouse.Dispose();

        Assert.True(Environment.TickCount64 - started < DuckDbWarehouse.CloseWait.TotalMilliseconds / 2);
    }

    public void Dispose() => _folder.Dispose();
}
