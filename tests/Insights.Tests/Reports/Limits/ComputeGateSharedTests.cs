using Insights.Reports.Limits;
using Insights.Warehouse;
using Microsoft.Extensions.Options;

namespace Insights.Tests.Reports.Limits;

/// <summary>
/// The gate's shared places: computations of every kind together are limited (customer lookups aside), and fewer still while a
/// load runs in the process, except the load's own after-load work.
/// </summary>
public sealed class ComputeGateSharedTests : IDisposable
{
    readonly TempFolder _folder = new();
    readonly DuckDbWarehouse _warehouse;
    readonly ManualResetEventSlim _release = new();
    readonly List<Task> _held = [];

    public ComputeGateSharedTests() =>
        _warehouse = new DuckDbWarehouse(Options.Create(new WarehouseOptions { DatabasePath = _folder.File("w.duckdb") }));

    ComputeGate Gate(int total, int duringLoad = 1) => new(Options.Create(new ReportLimitsOptions
    {
        MaxConcurrent = 2, MaxConcurrentTotal = total, MaxConcurrentDuringLoad = duringLoad, MaxWaitSeconds = 1,
    }), _warehouse);

    // starts a computation of kind that holds its places until the test releases them, and waits until it runs
    void Hold(ComputeGate gate, ComputeKind kind)
    {
        using var running = new ManualResetEventSlim();
        _held.Add(Task.Run(() => gate.Run(kind, CancellationToken.None, _ =>
        {
            running.Set();
            _release.Wait(TimeSpan.FromSeconds(30));
            return true;
        })));
        Assert.True(running.Wait(TimeSpan.FromSeconds(10)), $"{kind} did not start");
    }

    static bool Quick(CancellationToken _) => true;

    // lets the held computations finish and waits for them
    void ReleaseHeld()
    {
        _release.Set();
        foreach (var held in _held) Assert.True(held.Wait(TimeSpan.FromSeconds(10)), "a held computation did not finish");
        _held.Clear();
    }

    [Fact]
    public void Kinds_together_take_no_more_than_the_shared_places_but_a_customer_lookup_passes()
    {
        var gate = Gate(total: 2);
        Hold(gate, ComputeKind.Rules);
        Hold(gate, ComputeKind.Intervals);

        var busy = Assert.Throws<ComputeBusyException>(() => gate.Run(ComputeKind.WhiteSpace, CancellationToken.None, Quick));
        Assert.Equal(503, busy.StatusCode);
        Assert.Equal(2, gate.RunningTotal);
        Assert.True(gate.Run(ComputeKind.CustomerProfile, CancellationToken.None, Quick));
        Assert.True(gate.Run(ComputeKind.CustomerSearch, CancellationToken.None, Quick));

        ReleaseHeld();
        Assert.True(gate.Run(ComputeKind.WhiteSpace, CancellationToken.None, Quick));
        Assert.Equal(0, gate.RunningTotal);
    }

    [Fact]
    public void While_a_load_runs_one_page_computation_at_a_time_and_the_loads_own_work_passes()
    {
        var gate = Gate(total: 3, duringLoad: 1);
        Hold(gate, ComputeKind.Rules);
        // before the load two kinds run side by side
        Assert.True(gate.Run(ComputeKind.Sequences, CancellationToken.None, Quick));
        ReleaseHeld();
        _release.Reset();

        using (_warehouse.Gate.BeginLoad())
        {
            Assert.True(_warehouse.Gate.Loading);
            Hold(gate, ComputeKind.Rules);
            Assert.Throws<ComputeBusyException>(() => gate.Run(ComputeKind.Sequences, CancellationToken.None, Quick));
            using (gate.BackgroundBudget())
                Assert.True(gate.Run(ComputeKind.Offers, CancellationToken.None, Quick));
            ReleaseHeld();
            Assert.True(gate.Run(ComputeKind.Sequences, CancellationToken.None, Quick));
        }
        Assert.False(_warehouse.Gate.Loading);
    }

    public void Dispose()
    {
        _release.Set();
        foreach (var held in _held) held.Wait(TimeSpan.FromSeconds(10));
        _release.Dispose();
        _warehouse.Dispose();
        _folder.Dispose();
    }
}
