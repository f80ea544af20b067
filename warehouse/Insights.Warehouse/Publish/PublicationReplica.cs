using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Insights.Warehouse.Publish;

/// <summary>
/// A read replica's view of the publications (Site:Mode=ReadOnly): for the current publication, a small DuckDB database of its
/// own (in a temporary folder) with the warehouse's schema and macros (the migrations, run on an empty file) in which every
/// published table is a view over its Parquet files, cast back to the warehouse's types. It looks at the <c>current</c> pointer
/// at most every <see cref="PublishOptions.ReplicaPollMilliseconds"/> and attaches a new publication when it changed, while the
/// pages keep reading the one they started with (a <see cref="ReadScope"/> pins it); the previous database stays open until the
/// next switch, since the owner keeps the previous publication's files until then.
/// </summary>
public sealed partial class PublicationReplica : IDisposable
{
    readonly string _root;
    readonly WarehouseOptions _warehouse;
    readonly int _pollMilliseconds;
    readonly ILogger _logger;
    readonly string _cache = Path.Combine(Path.GetTempPath(), "insights-replica", Guid.NewGuid().ToString("N"));
    readonly SemaphoreSlim _attaching = new(1, 1);
    readonly object _sync = new();
    AttachedPublication? _current;
    AttachedPublication? _previous;
    long _nextCheck;

    /// <summary>A replica of the publications under Publish:Folder, each attached with the warehouse's thread and memory limits.</summary>
    public PublicationReplica(IOptions<PublishOptions> publish, IOptions<WarehouseOptions> warehouse, ILogger<PublicationReplica> logger)
    {
        _root = publish.Value.FullFolder();
        _pollMilliseconds = publish.Value.ReplicaPollMilliseconds;
        _warehouse = warehouse.Value;
        _logger = logger;
    }

    /// <summary>Raised after a new publication became current (on the thread that attached it).</summary>
    public event Action? Switched;

    /// <summary>The publications root this replica reads.</summary>
    public string Root => _root;

    /// <summary>The publication attached now (null before the first).</summary>
    public AttachedPublication? Attached => Volatile.Read(ref _current);

    /// <summary>
    /// The current publication, attaching a new one first when the pointer moved (at most every poll interval; while another
    /// thread attaches, callers keep the one attached). Throws when there is no publication yet.
    /// </summary>
    public AttachedPublication Current()
    {
        var current = Volatile.Read(ref _current);
        var now = Environment.TickCount64;
        if (current is not null && now < Volatile.Read(ref _nextCheck)) return current;
        if (current is not null && !_attaching.Wait(0)) return current;
        if (current is null) _attaching.Wait();
        try
        {
            current = Volatile.Read(ref _current);
            Volatile.Write(ref _nextCheck, Environment.TickCount64 + _pollMilliseconds);
            string? name;
            try
            {
                name = PublicationFolder.CurrentName(_root);
            }
            catch (Exception e) when (current is not null && e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                PointerUnreadable(_logger, e, _root);   // a share that hiccups: keep serving what is attached
                return current;
            }
            if (name is null)
                return current ?? throw new InvalidOperationException(
                    $"No publication in {_root} yet: the owner publishes after its next load (or run `insights publish --to {_root}`).");
            if (current?.Name == name) return current;
            try
            {
                var attached = Attach(name);
                lock (_sync)
                {
                    var retired = _previous;
                    _previous = current;
                    Volatile.Write(ref _current, attached);
                    Retire(retired);   // two switches ago: the owner has removed its files by now (it keeps two)
                }
                Switched?.Invoke();
                return attached;
            }
            catch (Exception e) when (current is not null)
            {
                AttachFailed(_logger, e, name);   // a publication that cannot be read: keep serving the previous one
                return current;
            }
        }
        finally
        {
            _attaching.Release();
        }
    }

    void Retire(AttachedPublication? retired)
    {
        if (retired is null) return;
        retired.Dispose();
        foreach (var file in Directory.GetFiles(_cache, retired.Name + ".duckdb*"))
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // removed with the cache folder at shutdown
            }
        }
    }

    AttachedPublication Attach(string name)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var folder = Path.Combine(_root, name);
        var manifest = PublicationManifest.Read(Path.Combine(folder, PublicationManifest.FileName));
        // the schema and the macros the report SQL calls: a copy of an empty file migrated once per process
        var file = Path.Combine(_cache, name + ".duckdb");
        File.Copy(Schema(), file, overwrite: true);
        var database = Open(file);
        try
        {
            using var connection = database.OpenWriteConnection();
            connection.ExecuteNonQuery("set global parquet_metadata_cache = true");   // every page reads the same footers
            using var transaction = connection.BeginTransaction();
            foreach (var table in manifest.Tables) connection.ExecuteNonQuery(ViewSql(folder, table));
            transaction.Commit();
            PublicationAttached(_logger, name, manifest.RunId, manifest.Tables.Count, watch.ElapsedMilliseconds);
            return new AttachedPublication(name, manifest.RunId, database);
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    DuckDbWarehouse Open(string file) => new(Options.Create(new WarehouseOptions
    {
        DatabasePath = file,
        Threads = _warehouse.Threads,
        MemoryLimit = _warehouse.MemoryLimit,
    }));

    // an empty warehouse file with every migration applied (the owner's schema and macros), made on the first attach; a closed
    // file, copied for each publication: migrating costs about a second, a copy a few milliseconds
    string Schema()
    {
        var schema = Path.Combine(_cache, "schema.duckdb");
        if (File.Exists(schema)) return schema;
        var building = Path.Combine(_cache, "schema-building.duckdb");
        using (var database = Open(building))
            new Migrator(database, NullLogger<Migrator>.Instance).Migrate();   // closed (checkpointed) when disposed
        File.Move(building, schema);
        return schema;
    }

    /// <summary>
    /// The DDL that replaces a table of the empty schema by a view over its published files. DuckDB cannot prepare a CREATE VIEW
    /// (no $parameters there), so the path is a literal: it comes from Publish:Folder and a checked publication name, and the
    /// table and column names and types come from the manifest, each checked against a strict pattern first.
    /// </summary>
    internal static string ViewSql(string folder, PublishedTable table)
    {
        if (!Identifier().IsMatch(table.Name) || !Identifier().IsMatch(table.Path) || table.PartitionedBy is { } p && !Identifier().IsMatch(p))
            throw new InvalidDataException($"The manifest names a table '{table.Name}' this replica does not accept.");
        var columns = new StringBuilder();
        foreach (var column in table.Columns)
        {
            if (!Identifier().IsMatch(column.Name) || !TypeName().IsMatch(column.Type))
                throw new InvalidDataException($"The manifest gives {table.Name} a column '{column.Name}' of type '{column.Type}' this replica does not accept.");
            if (columns.Length > 0) columns.Append(", ");
            columns.Append($"cast(\"{column.Name}\" as {column.Type}) as \"{column.Name}\"");
        }
        var files = Path.Combine(folder, table.FilesGlob).Replace("'", "''", StringComparison.Ordinal);
        var hive = table.PartitionedBy is null ? "false" : "true";
        return $"drop table if exists \"{table.Name}\";\n" +
               $"create or replace view \"{table.Name}\" as select {columns} from read_parquet('{files}', hive_partitioning = {hive});";
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex Identifier();

    // DuckDB type names as duckdb_columns() gives them: DECIMAL(12,2), TIMESTAMP WITH TIME ZONE, VARCHAR[], STRUCT(a INTEGER)
    [GeneratedRegex(@"^[A-Za-z0-9_ (),\[\]]+$")]
    private static partial Regex TypeName();

    [LoggerMessage(1005, LogLevel.Information, "Replica attached publication {Name} (run {RunId}): {Tables} tables in {ElapsedMs} ms")]
    static partial void PublicationAttached(ILogger logger, string name, long runId, int tables, long elapsedMs);

    [LoggerMessage(1006, LogLevel.Error, "Replica could not attach publication {Name}; it keeps serving the previous one")]
    static partial void AttachFailed(ILogger logger, Exception exception, string name);

    [LoggerMessage(1007, LogLevel.Warning, "Replica could not read the publication pointer in {Root}; it keeps serving the attached publication")]
    static partial void PointerUnreadable(ILogger logger, Exception exception, string root);

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_sync)
        {
            _current?.Dispose();
            _previous?.Dispose();
        }
        try
        {
            if (Directory.Exists(_cache)) Directory.Delete(_cache, recursive: true);
        }
        catch (IOException)
        {
            // a file still open at shutdown: the temporary folder is the system's to clean
        }
    }
}

/// <summary>One attached publication: its name, the run it shows, and the replica database whose views read its files.</summary>
public sealed class AttachedPublication(string name, long runId, DuckDbWarehouse database) : IDisposable
{
    /// <summary>The publication's folder name.</summary>
    public string Name { get; } = name;

    /// <summary>The latest finished run the publication shows.</summary>
    public long RunId { get; } = runId;

    /// <summary>The replica database over the publication's files.</summary>
    internal DuckDbWarehouse Database { get; } = database;

    /// <inheritdoc />
    public void Dispose() => Database.Dispose();
}
