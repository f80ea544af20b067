using System.Diagnostics;
using Insights.Reports.Limits;
using Insights.Warehouse;
using Microsoft.Extensions.Options;

namespace Insights.Tests.Reports.Limits;

/// <summary>The report limits' one gate: its time budget stops a running DuckDB statement, its wait budget refuses, a caller leaving cancels.</summary>
public sealed class ComputeGateTests : IDisposable
{
    // a statement that runs for minutes unless it is interrupted (a cross join counted, nothing kept)
    const string Endless = "select count(*) from range(100000000) a, range(100000) b where a.range + b.range = -1";

    readonly TempFolder _folder = new();
    readonly DuckDbWarehouse _warehouse;

    public ComputeGateTests() =>
        _warehouse = new DuckDbWarehouse(Options.Create(new WarehouseOptions { DatabasePath = _folder.File("w.duckdb") }));

    static ComputeGate Gate(int maxSeconds = 60, int maxWaitSeconds = 10, int maxConcurrent = 2) =>
        new(Options.Create(new ReportLimitsOptions { MaxSeconds = maxSeconds, MaxWaitSeconds = maxWaitSeconds, MaxConcurrent = maxConcurrent }));

    long RunEndless(CancellationToken ct)
    {
        using var connection = _warehouse.OpenConnection();
        using var command = connection.CreateCommand(Endless);
        using var stop = command.StopWhen(ct);
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public void Time_budget_interrupts_a_running_DuckDB_statement_with_a_message()
    {
        var gate = Gate(maxSeconds: 1);
        var clock = Stopwatch.StartNew();

        var e = Assert.Throws<ComputeBudgetException>(() => gate.Run(ComputeKind.Rules, CancellationToken.None, RunEndless));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"stopped after {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Contains("longer than its 1 s budget", e.Message);
        Assert.Equal(400, e.StatusCode);
        Assert.Equal(0, gate.Running(ComputeKind.Rules));
    }

    [Fact]
    public void Connection_stopped_once_runs_its_next_statement()
    {
        using var cancel = new CancellationTokenSource();
        using var connection = _warehouse.OpenConnection();
        using (var command = connection.CreateCommand(Endless))
        using (command.StopWhen(cancel.Token))
        {
            cancel.CancelAfter(200);
            Assert.ThrowsAny<Exception>(() => command.ExecuteScalar());
        }

        Assert.Equal(42, connection.ExecuteScalar<int>("select 42"));
    }

    [Fact]
    public void Work_for_no_request_runs_under_the_background_budget_and_only_inside_its_scope()
    {
        var gate = new ComputeGate(Options.Create(new ReportLimitsOptions { MaxSeconds = 1, BackgroundMaxSeconds = 30 }));
        // the token of work that outlives the request budget (1 s) fires only when the background budget (30 s) would
        static bool Outlives(CancellationToken token) => !token.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(1500));

        using (gate.BackgroundBudget())
            Assert.True(gate.Run(ComputeKind.Offers, CancellationToken.None, Outlives));
        var refused = Assert.Throws<ComputeBudgetException>(() => gate.Run(ComputeKind.Offers, CancellationToken.None, token =>
        {
            token.WaitHandle.WaitOne(TimeSpan.FromSeconds(5));
            token.ThrowIfCancellationRequested();
            return true;
        }));
        Assert.Contains("its 1 s budget", refused.Message);
    }

    [Fact]
    public void Caller_leaving_cancels_the_work_rather_than_blaming_the_budget()
    {
        var gate = Gate(maxSeconds: 60);
        using var leaving = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        Assert.ThrowsAny<OperationCanceledException>(() => gate.Run(ComputeKind.Intervals, leaving.Token, RunEndless));
        Assert.Equal(0, gate.Running(ComputeKind.Intervals));
    }

    [Fact]
    public async Task Full_gate_refuses_after_its_wait_budget_and_other_kinds_still_run()
    {
        var gate = Gate(maxWaitSeconds: 0, maxConcurrent: 1);
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var holder = Task.Run(() => gate.Run(ComputeKind.Offers, CancellationToken.None, _ => { started.Set(); release.Wait(); }));
        started.Wait();
        try
        {
            var busy = Assert.Throws<ComputeBusyException>(() => gate.Run(ComputeKind.Offers, CancellationToken.None, _ => 1));
            Assert.Equal(503, busy.StatusCode);
            Assert.Contains("try again", busy.Message);
            Assert.Equal(7, gate.Run(ComputeKind.Rules, CancellationToken.None, _ => 7));
        }
        finally
        {
            release.Set();
            await holder;
        }
        Assert.Equal(1, gate.Run(ComputeKind.Offers, CancellationToken.None, _ => 1));
    }

    public void Dispose()
    {
        _warehouse.Dispose();
        _folder.Dispose();
    }
}
