using DuckDB.NET.Data;

namespace Insights.Warehouse;

/// <summary>
/// Keeps readers from starting while a load commits. DuckDB makes a committing transaction's changes visible piece by piece:
/// a reader whose transaction starts during the commit of a full load saw its new rows but not yet its deletes (measured at
/// SF1: 58 of 13,800 reads of mart_customer_purchase_day counted 711,925 rows, old and new together, where the committed
/// states held 64,436 and 647,489; ZzIsolationProbe). So every reading connection holds a share of this gate while it is open,
/// and a commit waits until the readers open at that moment are done (new ones wait for the commit), at most
/// <see cref="MaxWait"/>, so a reader that never closes cannot stop a load.
/// </summary>
public sealed class CommitGate
{
    /// <summary>How long a commit waits for open readers before it commits anyway.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);

    readonly object _sync = new();
    int _readers;
    bool _committing;
    long _commits;
    int _loads;

    /// <summary>
    /// Whether a load (its landing, models, checks, commit and after-load steps) is running in this process: the report gate
    /// then lets fewer page computations run at once, so the load keeps the memory DuckDB shares between all its queries.
    /// </summary>
    public bool Loading => Volatile.Read(ref _loads) > 0;

    /// <summary>Marks a load as running until the result is disposed.</summary>
    public IDisposable BeginLoad()
    {
        Interlocked.Increment(ref _loads);
        return new LoadMark(this);
    }

    sealed class LoadMark(CommitGate gate) : IDisposable
    {
        int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) Interlocked.Decrement(ref gate._loads);
        }
    }

    /// <summary>
    /// How many loads this process has committed: a reader that keeps something derived from the warehouse state (the latest
    /// run id) takes it as stale when this count moved.
    /// </summary>
    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>Counts a new committed state that came from elsewhere (a read replica attaching a new publication).</summary>
    internal void Advance() => Interlocked.Increment(ref _commits);

    /// <summary>Takes a reader's share, waiting while a commit runs.</summary>
    public void EnterRead()
    {
        lock (_sync)
        {
            while (_committing) Monitor.Wait(_sync);
            _readers++;
        }
    }

    /// <summary>Gives a reader's share back.</summary>
    public void ExitRead()
    {
        lock (_sync)
        {
            if (--_readers == 0) Monitor.PulseAll(_sync);
        }
    }

    /// <summary>Commits <paramref name="transaction"/> with no reader open (or after <see cref="MaxWait"/>) and none starting.</summary>
    public void Commit(DuckDBTransaction transaction)
    {
        lock (_sync)
        {
            _committing = true;
            var deadline = DateTime.UtcNow + MaxWait;
            while (_readers > 0 && DateTime.UtcNow < deadline) Monitor.Wait(_sync, deadline - DateTime.UtcNow);
        }
        try
        {
            transaction.Commit();
            Interlocked.Increment(ref _commits);
        }
        finally
        {
            lock (_sync)
            {
                _committing = false;
                Monitor.PulseAll(_sync);
            }
        }
    }
}
