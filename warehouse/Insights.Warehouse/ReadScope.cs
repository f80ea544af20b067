namespace Insights.Warehouse;

/// <summary>
/// One unit of reading that sees one committed state, however many connections it opens: it holds a share of the
/// <see cref="CommitGate"/> from its start until it is disposed and every connection opened within it is closed, so no load
/// commits in between (a page that read its segment list in one connection and its rules in another showed the segments of
/// one state beside the rules of the next). Connections opened on the same async flow join the scope's share instead of
/// taking their own, which would wait behind a commit that waits for the scope (see <see cref="DuckDbWarehouse.BeginReadScope"/>).
/// </summary>
public sealed class ReadScope : IDisposable
{
    readonly CommitGate _gate;
    readonly ReadScope? _outer;
    int _holders = 1;   // the scope itself, plus each connection that joined it and is still open
    int _disposed;

    internal ReadScope(CommitGate gate, ReadScope? outer)
    {
        _gate = gate;
        _outer = outer;
        gate.EnterRead();
    }

    /// <summary>On a read replica, the publication every connection of the scope reads (the one current when it began).</summary>
    internal Publish.AttachedPublication? Pinned { get; init; }

    /// <summary>The warehouse gate this scope holds a share of.</summary>
    internal CommitGate Gate => _gate;

    /// <summary>The scope that was current when this one began (restored when it ends).</summary>
    internal ReadScope? Outer => _outer;

    /// <summary>
    /// Adds a holder unless the share is already given back (a task started in the scope that outlives it then takes its own
    /// share, as any reader does).
    /// </summary>
    internal bool TryJoin()
    {
        while (true)
        {
            var holders = Volatile.Read(ref _holders);
            if (holders == 0) return false;
            if (Interlocked.CompareExchange(ref _holders, holders + 1, holders) == holders) return true;
        }
    }

    /// <summary>Removes a holder; the last one gives the share back.</summary>
    internal void Leave()
    {
        if (Interlocked.Decrement(ref _holders) == 0) _gate.ExitRead();
    }

    /// <summary>Ends the scope: its share is given back once the connections opened in it are closed too.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        DuckDbWarehouse.EndScope(this);
        Leave();
    }
}
