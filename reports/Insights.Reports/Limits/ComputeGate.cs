using Microsoft.Extensions.Options;

namespace Insights.Reports.Limits;

/// <summary>
/// The one place every expensive report computation goes through (singleton): a gate per <see cref="ComputeKind"/> that lets
/// <see cref="ReportLimitsOptions.MaxConcurrent"/> run at once and refuses a request that waited
/// <see cref="ReportLimitsOptions.MaxWaitSeconds"/> (<see cref="ComputeBusyException"/>), and a time budget of
/// <see cref="ReportLimitsOptions.MaxSeconds"/> that cancels the work's token (<see cref="ComputeBudgetException"/>). The work
/// gets a token that fires when the caller gives up or the budget runs out, and passes it on to DuckDB (see
/// <see cref="CancellableCommands"/>) and to its own loops.
/// </summary>
public sealed class ComputeGate
{
    readonly ReportLimitsOptions _options;
    readonly Dictionary<ComputeKind, SemaphoreSlim> _gates;

    // the budget of work done for no request (an after-load step): set for its flow by BackgroundBudget
    static readonly AsyncLocal<int?> Background = new();

    /// <summary>Creates the gates from the validated options.</summary>
    public ComputeGate(IOptions<ReportLimitsOptions> options)
    {
        _options = options.Value;
        _gates = Enum.GetValues<ComputeKind>().ToDictionary(k => k, _ => new SemaphoreSlim(_options.MaxConcurrent, _options.MaxConcurrent));
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
        var gate = _gates[kind];
        // DuckDB.NET and the analytics are synchronous, so the wait is too: the site reserves threads for it (ReportsHostingExtensions)
        if (!gate.Wait(TimeSpan.FromSeconds(_options.MaxWaitSeconds), ct)) throw new ComputeBusyException(kind, _options.MaxWaitSeconds);
        try
        {
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
        finally
        {
            gate.Release();
        }
    }

    /// <summary><see cref="Run{T}"/> for work without a result.</summary>
    public void Run(ComputeKind kind, CancellationToken ct, Action<CancellationToken> work) =>
        Run(kind, ct, token => { work(token); return true; });
}
