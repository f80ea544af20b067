using DuckDB.NET.Data;
using Microsoft.Extensions.Options;

namespace Insights.Warehouse;

/// <summary>
/// The process's one DuckDB database. DuckDB.NET shares one native instance per connection string, and closes it when the last
/// connection closes; the keep-alive connection holds it open for the life of the process, so the site and the Hangfire jobs
/// read and write the same instance (and its transactions) instead of fighting over the file lock.
/// </summary>
public sealed class DuckDbWarehouse : IDisposable
{
    readonly string _connectionString = "";
    readonly DuckDBConnection? _keepAlive;
    readonly Publish.PublicationReplica? _replica;
    static readonly string SetMemoryLimitSql = SqlResource.Load<DuckDbWarehouse>("set_memory_limit.sql");
    static readonly string MemoryLimitSql = SqlResource.Load<DuckDbWarehouse>("memory_limit.sql");
    readonly string _memoryLimit = "";
    readonly string _loadMemoryLimit = "";
    readonly string? _scoresMemoryLimit;
    int _scoresSteps;
    readonly object _loadsSync = new();
    int _loads;
    readonly object _openSync = new();
    int _open;

    /// <summary>
    /// How long <see cref="Dispose"/> waits for the connections still open (a download's rows are given back milliseconds after its
    /// response has completed) before closing the keep-alive connection anyway. Short: a connection never disposed (a leak) makes
    /// every close wait this long; 10 s made the test run about 4 minutes longer, through two tests that did not dispose theirs.
    /// </summary>
    public static readonly TimeSpan CloseWait = TimeSpan.FromSeconds(2);

    /// <summary>Opens (creating if needed) the warehouse file named by the options.</summary>
    /// <exception cref="WarehouseLockedException">Another process holds the file.</exception>
    public DuckDbWarehouse(IOptions<WarehouseOptions> options)
    {
        DatabasePath = Path.GetFullPath(options.Value.DatabasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        // The allocator settings hand memory DuckDB has freed back to the system soon (after every task past 16 MB, by a
        // background thread) instead of keeping it cached: measured on an SF10 first load, peak RSS 1.82 -> 1.58 GiB at 1 GB.
        _connectionString = $"Data Source={DatabasePath};threads={options.Value.Threads};memory_limit={options.Value.MemoryLimit};" +
                            "allocator_flush_threshold=16MB;allocator_background_threads=true";
        _memoryLimit = options.Value.MemoryLimit;
        _loadMemoryLimit = options.Value.LoadLimit;
        _scoresMemoryLimit = string.IsNullOrWhiteSpace(options.Value.ScoresMemoryLimit) ? null : options.Value.ScoresMemoryLimit;
        _keepAlive = new DuckDBConnection(_connectionString);
        try
        {
            _keepAlive.Open();
        }
        catch (DuckDBException e) when (e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            _keepAlive.Dispose();
            throw new WarehouseLockedException(DatabasePath, e);
        }
    }

    DuckDbWarehouse(Publish.PublicationReplica replica)
    {
        _replica = replica;
        DatabasePath = replica.Root;
        replica.Switched += Gate.Advance;   // what is keyed by the warehouse state (the report caches) reads it again
    }

    /// <summary>
    /// A read replica's warehouse (Site:Mode=ReadOnly): every connection reads the current Parquet publication under
    /// <paramref name="replica"/>'s folder, a <see cref="ReadScope"/> keeps the publication it began with, and nothing can write.
    /// </summary>
    public static DuckDbWarehouse OverPublications(Publish.PublicationReplica replica) => new(replica);

    /// <summary>Full path of the warehouse file (of the publications root, on a read replica).</summary>
    public string DatabasePath { get; }

    /// <summary>On a read replica, the publications it reads; null on the owner.</summary>
    public Publish.PublicationReplica? Replica => _replica;

    /// <summary>Makes a load's commit atomic for readers (see <see cref="CommitGate"/>).</summary>
    public CommitGate Gate { get; } = new();

    /// <summary>
    /// Opens a new connection to the shared instance for reading; one per unit of work, never shared across threads. It holds a
    /// share of <see cref="Gate"/> until it is disposed, so it never starts in the middle of a load's commit (within a
    /// <see cref="BeginReadScope"/>, the scope's share).
    /// </summary>
    public DuckDBConnection OpenConnection()
    {
        // a replica: the page's pinned publication, else the current one (each has its own instance, which nothing writes)
        if (_replica is not null)
            return (Current.Value is { Gate: var gate, Pinned: { } pinned } && gate == Gate ? pinned : _replica.Current()).Database.OpenConnection();
        if (Current.Value is { } scope && scope.Gate == Gate && scope.TryJoin())
        {
            try
            {
                var joined = OpenWriteConnection();
                var left = 0;
                joined.Disposed += (_, _) =>
                {
                    if (Interlocked.Exchange(ref left, 1) == 0) scope.Leave();
                };
                return joined;
            }
            catch
            {
                scope.Leave();
                throw;
            }
        }
        Gate.EnterRead();
        try
        {
            var connection = OpenWriteConnection();
            var released = 0;
            connection.Disposed += (_, _) =>
            {
                if (Interlocked.Exchange(ref released, 1) == 0) Gate.ExitRead();
            };
            return connection;
        }
        catch
        {
            Gate.ExitRead();
            throw;
        }
    }

    static readonly AsyncLocal<ReadScope?> Current = new();

    /// <summary>
    /// Begins a <see cref="ReadScope"/> on this async flow: every connection <see cref="OpenConnection"/> gives until it is
    /// disposed reads the same committed state. The site opens one around each page handler.
    /// </summary>
    public ReadScope BeginReadScope()
    {
        var scope = new ReadScope(Gate, Current.Value) { Pinned = _replica?.Current() };
        Current.Value = scope;
        return scope;
    }

    /// <summary>
    /// The read scope of this async flow, if any: to hand to work that runs off this flow (HybridCache runs a missing entry's
    /// factory as a thread-pool work item, without the caller's execution context), which joins it with <see cref="JoinScope"/>.
    /// </summary>
    public static ReadScope? CurrentScope => Current.Value;

    /// <summary>
    /// Until disposed, connections opened on this flow join <paramref name="scope"/>'s share (held until then even if the scope
    /// ends meanwhile). Without it, a cache factory run for a page opened a connection with its own share, which waited behind
    /// a commit that waited for the page's scope, which waited for the factory: every reader stood still for
    /// <see cref="CommitGate.MaxWait"/>. A scope already ended, or none, changes nothing.
    /// </summary>
    public static IDisposable JoinScope(ReadScope? scope)
    {
        if (scope is null || !scope.TryJoin()) return NoScope.Instance;
        var previous = Current.Value;
        Current.Value = scope;
        return new JoinedScope(scope, previous);
    }

    sealed class NoScope : IDisposable
    {
        public static readonly NoScope Instance = new();
        public void Dispose() { }
    }

    sealed class JoinedScope(ReadScope scope, ReadScope? previous) : IDisposable
    {
        int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) != 0) return;
            if (Current.Value == scope) Current.Value = previous;
            scope.Leave();
        }
    }

    // the flow's current scope goes back to the one it had before (a scope disposed out of order leaves the current one alone)
    internal static void EndScope(ReadScope scope)
    {
        if (Current.Value == scope) Current.Value = scope.Outer;
    }

    /// <summary>
    /// Marks a load as running (<see cref="CommitGate.Loading"/>: the report gate lets fewer page computations run beside it) and,
    /// for the first load running, raises DuckDB's memory limit to <see cref="WarehouseOptions.LoadMemoryLimit"/> until the last
    /// one ends: the load keeps what it needs alone, and the page computation running beside it has the difference.
    /// </summary>
    public IDisposable BeginLoad()
    {
        var mark = Gate.BeginLoad();
        if (_replica is not null || _loadMemoryLimit == _memoryLimit) return mark;
        lock (_loadsSync)
        {
            if (_loads++ == 0 && _scoresSteps == 0) SetMemoryLimit(_loadMemoryLimit);
        }
        return new LoadMemory(this, mark);
    }

    /// <summary>
    /// Lowers DuckDB's memory limit to <see cref="WarehouseOptions.ScoresMemoryLimit"/> (when set) until disposed, for the
    /// customer scores step, whose own heap holds what DuckDB gives up; then back to the limit in force without it (the load's,
    /// while a load runs).
    /// </summary>
    public IDisposable BeginScoresStep()
    {
        if (_replica is not null || _scoresMemoryLimit is null) return NoScope.Instance;
        lock (_loadsSync)
        {
            if (_scoresSteps++ == 0) SetMemoryLimit(_scoresMemoryLimit);
        }
        return new ScoresMemory(this);
    }

    sealed class ScoresMemory(DuckDbWarehouse warehouse) : IDisposable
    {
        int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) != 0) return;
            lock (warehouse._loadsSync)
            {
                if (--warehouse._scoresSteps == 0)
                    warehouse.SetMemoryLimit(warehouse._loads > 0 ? warehouse._loadMemoryLimit : warehouse._memoryLimit);
            }
        }
    }

    /// <summary>DuckDB's memory limit in force now (<c>current_setting('memory_limit')</c>, as DuckDB writes it).</summary>
    public string CurrentMemoryLimit()
    {
        using var connection = OpenWriteConnection();
        return connection.ExecuteScalar<string>(MemoryLimitSql);
    }

    void SetMemoryLimit(string limit)
    {
        using var connection = OpenWriteConnection();
        connection.ExecuteNonQuery(SetMemoryLimitSql, ("limit", limit));
    }

    sealed class LoadMemory(DuckDbWarehouse warehouse, IDisposable mark) : IDisposable
    {
        int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) != 0) return;
            try
            {
                lock (warehouse._loadsSync)
                {
                    // a scores step running keeps its own lower limit until it ends
                    if (--warehouse._loads == 0 && warehouse._scoresSteps == 0) warehouse.SetMemoryLimit(warehouse._memoryLimit);
                }
            }
            finally
            {
                mark.Dispose();
            }
        }
    }

    /// <summary>Opens a connection for a load, which commits through <see cref="CommitGate.Commit"/> and holds no reader's share.</summary>
    public DuckDBConnection OpenWriteConnection()
    {
        if (_replica is not null) throw new Publish.ReadOnlyReplicaException();
        var connection = new DuckDBConnection(_connectionString);
        connection.Open();
        lock (_openSync) _open++;
        var closed = 0;
        connection.Disposed += (_, _) =>
        {
            if (Interlocked.Exchange(ref closed, 1) != 0) return;
            lock (_openSync)
            {
                if (--_open == 0) Monitor.PulseAll(_openSync);
            }
        };
        return connection;
    }

    /// <summary>
    /// Closes the file once the connections still open are given back (up to <see cref="CloseWait"/>), so the keep-alive is the
    /// last one and DuckDB's closing checkpoint runs here: when a download's connection was the last, the file stayed locked
    /// after the site had stopped, and a CLI started right after it found the file in use.
    /// </summary>
    public void Dispose()
    {
        var deadline = Environment.TickCount64 + (long)CloseWait.TotalMilliseconds;
        lock (_openSync)
        {
            while (_open > 0 && Environment.TickCount64 < deadline)
                Monitor.Wait(_openSync, TimeSpan.FromMilliseconds(Math.Max(1, deadline - Environment.TickCount64)));
        }
        _keepAlive?.Dispose();
        _replica?.Dispose();
    }
}
