using Insights.Warehouse;
using Microsoft.Extensions.Options;

namespace Insights.Reports.Limits;

/// <summary>
/// The one place every expensive report computation goes through (singleton): a gate per <see cref="ComputeKind"/> that lets
/// <see cref="ReportLimitsOptions.MaxConcurrent"/> run at once and refuses a request that waited
/// <see cref="ReportLimitsOptions.MaxWaitSeconds"/> (<see cref="ComputeBusyException"/>), and a time budget of
/// <see cref="ReportLimitsOptions.MaxSeconds"/> that cancels the work's token (<see cref="ComputeBudgetException"/>). The work
/// gets a token that fires when the caller gives up or the budget runs out, and passes it on to DuckDB (see
/// <see cref="CancellableCommands"/>) and to its own loops. Past its kind's gate a computation (a customer lookup aside) takes
/// a place at the shared gate of <see cref="ReportLimitsOptions.MaxConcurrentTotal"/>, and while a load runs in the process
/// one of <see cref="ReportLimitsOptions.MaxConcurrentDuringLoad"/> too: every wait counts against the one wait budget.
/// </summary>
public sealed class ComputeGate
{
    readonly ReportLimitsOptions _options;
    readonly Dictionary<ComputeKind, SemaphoreSlim> _gates;
    readonly SemaphoreSlim _shared;
    readonly SemaphoreSlim _duringLoad;
    readonly CommitGate? _loads;

    // the budget of work done for no request (an after-load step): set for its flow by BackgroundBudget
    static readonly AsyncLocal<int?> Background = new();

    /// <summary>
    /// Creates the gates from the validated options; <paramref name="warehouse"/> tells when a load runs (without it, as in a
    /// bench of one query, the during-load gate never applies).
    /// </summary>
    public ComputeGate(IOptions<ReportLimitsOptions> options, DuckDbWarehouse? warehouse = null)
    {
        _options = options.Value;
        _gates = Enum.GetValues<ComputeKind>().ToDictionary(k => k, _ => new SemaphoreSlim(_options.MaxConcurrent, _options.MaxConcurrent));
        _shared = new SemaphoreSlim(_options.MaxConcurrentTotal, _options.MaxConcurrentTotal);
        _duringLoad = new SemaphoreSlim(_options.MaxConcurrentDuringLoad, _options.MaxConcurrentDuringLoad);
        _loads = warehouse?.Gate;
    }

    /// <summary>The limits in force.</summary>
    public ReportLimitsOptions Options => _options;

    /// <summary>
    /// Until disposed, the computations of this flow (the caller and what it awaits) run under
    /// <see cref="ReportLimitsOptions.BackgroundMaxSeconds"/> instead of <see cref="ReportLimitsOptions.MaxSeconds"/>: for work
    /// no request waits for, such as fitting every customer's scores after a load, which at a million customers takes minutes.
    /// </summary>
    public IDisposable BackgroundBudget()
    {
        var previous = Background.Value;
        Background.Value = _options.BackgroundMaxSeconds;
        return new Restore(previous);
    }

    /// <summary>
    /// This flow's budget for work done for no request (null: a page's), for code that runs work off the flow on its behalf (a
    /// cache factory, which HybridCache runs without the caller's execution context) and joins it with <see cref="JoinBudget"/>.
    /// </summary>
    public static int? FlowBudget => Background.Value;

    /// <summary>Until disposed, the computations of this flow run under <paramref name="seconds"/> (a <see cref="FlowBudget"/>; null: a page's budget).</summary>
    public static IDisposable JoinBudget(int? seconds)
    {
        var previous = Background.Value;
        Background.Value = seconds;
        return new Restore(previous);
    }

    sealed class Restore(int? previous) : IDisposable
    {
        public void Dispose() => Background.Value = previous;
    }

    /// <summary>Computations of <paramref name="kind"/> running now (a test and the busy message read it).</summary>
    public int Running(ComputeKind kind) => _options.MaxConcurrent - _gates[kind].CurrentCount;

    /// <summary>
    /// Runs <paramref name="work"/> on the caller's thread once the gate of <paramref name="kind"/> lets it in, with a token that
    /// fires when <paramref name="ct"/> does or the time budget runs out.
    /// </summary>
    /// <exception cref="ComputeBusyException">The gate stayed full for the whole wait budget.</exception>
    /// <exception cref="ComputeBudgetException">The work ran past the time budget.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> fired (the client left).</exception>
    public T Run<T>(ComputeKind kind, CancellationToken ct, Func<CancellationToken, T> work)
    {
        using var places = Enter(kind, ct);
        var seconds = Background.Value ?? _options.MaxSeconds;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(TimeSpan.FromSeconds(seconds));
        try
        {
            return work(budget.Token);
        }
        // a stopped DuckDB statement throws its own "interrupted" error, not OperationCanceledException: any failure after
        // the token fired is the cancellation, told as the caller's leaving or as the budget
        catch (Exception e) when (e is not ComputeLimitException && budget.IsCancellationRequested)
        {
            ct.ThrowIfCancellationRequested();
            throw new ComputeBudgetException(kind, seconds);
        }
    }

    /// <summary>Computations of every kind running now behind the shared gate (a test reads it).</summary>
    public int RunningTotal => _options.MaxConcurrentTotal - _shared.CurrentCount;

    // takes the places the computation needs, in one order (kind, shared, during a load) so two computations never hold one each
    // of what the other waits for; the work an after-load step does for the load itself passes the shared gates
    Places Enter(ComputeKind kind, CancellationToken ct)
    {
        // DuckDB.NET and the analytics are synchronous, so the wait is too: the site reserves threads for it (ReportsHostingExtensions)
        var deadline = Environment.TickCount64 + _options.MaxWaitSeconds * 1000L;
        var places = new Places();
        try
        {
            Take(_gates[kind]);
            if (kind.IsLookup() || Background.Value is not null) return places;
            Take(_shared);
            if (_loads?.Loading == true) Take(_duringLoad);
            return places;
        }
        catch
        {
            places.Dispose();
            throw;
        }

        void Take(SemaphoreSlim gate)
        {
            var left = TimeSpan.FromMilliseconds(Math.Max(0, deadline - Environment.TickCount64));
            if (!gate.Wait(left, ct)) throw new ComputeBusyException(kind, _options.MaxWaitSeconds);
            places.Held.Add(gate);
        }
    }

    sealed class Places : IDisposable
    {
        public List<SemaphoreSlim> Held { get; } = new(3);

        public void Dispose()
        {
            for (var i = Held.Count - 1; i >= 0; i--) Held[i].Release();
            Held.Clear();
        }
    }

    /// <summary><see cref="Run{T}"/> for work without a result.</summary>
    public void Run(ComputeKind kind, CancellationToken ct, Action<CancellationToken> work) =>
        Run(kind, ct, token => { work(token); return true; });
}
