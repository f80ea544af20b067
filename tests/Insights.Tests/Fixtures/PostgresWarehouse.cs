using Insights.Demo;
using Insights.Etl;
using Npgsql;

namespace Insights.Tests.Fixtures;

/// <summary>
/// A warehouse whose operational source is a database of its own on the test PostgreSQL, filled with a small demo world: for
/// tests of the PostgreSQL extract. Disposing drops the database and the folder.
/// </summary>
public sealed class PostgresWarehouse : IDisposable
{
    readonly TempFolder _folder;
    readonly TestDatabase _database;

    public PostgresWarehouse(PostgresFixture postgres, double scale, int seed, IDictionary<string, string?>? settings = null)
        : this(new TempFolder(), postgres.CreateDatabase(), settings)
    {
        Host.Get<DemoSourcePreparer>().Generate(scale, seed, new DateOnly(2026, 6, 30), toPostgres: true);
    }

    // a world on a folder and database that already hold it (a copy of a LoadedPostgresWorld)
    internal PostgresWarehouse(TempFolder folder, TestDatabase database, IDictionary<string, string?>? settings)
    {
        _folder = folder;
        _database = database;
        var all = new Dictionary<string, string?>
        {
            ["Etl:Operational:Kind"] = "Postgres",
            ["Etl:Operational:ConnectionString"] = _database.ConnectionString,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        Host = new WarehouseHost(_folder, all);
    }

    /// <summary>The warehouse, ETL and report services.</summary>
    public WarehouseHost Host { get; }

    /// <summary>The source database's connection string.</summary>
    public string ConnectionString => _database.ConnectionString;

    internal TestDatabase Database => _database;

    internal TempFolder Folder => _folder;

    /// <summary>Runs SQL on the source database (a change the next load should see).</summary>
    public void Source(string sql)
    {
        using var connection = new NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Host.Dispose();
        _database.Dispose();
        _folder.Dispose();
    }
}

/// <summary>
/// A <see cref="PostgresWarehouse"/> generated and loaded (every source) once, for a class whose tests each change and load
/// their own copy: <see cref="Copy"/> gives a new warehouse on a copy of the loaded file and of the source database
/// (PostgreSQL's template copy), in the state each test used to build for itself, without generating and loading again.
/// </summary>
public abstract class LoadedPostgresWorld : IDisposable
{
    readonly PostgresFixture _postgres = new();
    readonly IDictionary<string, string?>? _settings;
    readonly TempFolder _folder;
    readonly TestDatabase _database;

    /// <param name="scale">The demo world's scale.</param>
    /// <param name="seed">The demo world's seed.</param>
    /// <param name="settings">Settings over the warehouse's defaults.</param>
    /// <param name="onlySource">The one source to load (a class that compares with a load of that source alone); every source when null.</param>
    protected LoadedPostgresWorld(double scale, int seed, IDictionary<string, string?>? settings = null, string? onlySource = null)
    {
        _settings = settings;
        var world = new PostgresWarehouse(_postgres, scale, seed, settings);
        if (onlySource is null) world.Host.Get<EtlRunner>().RunAll("test", CancellationToken.None);
        else world.Host.Get<EtlRunner>().Run(onlySource, "test", CancellationToken.None);
        // closing the host checkpoints the file, so it is complete on disk; no connection to the database stays open (the
        // connection strings do not pool), so it can serve as a template
        world.Host.Dispose();
        NpgsqlConnection.ClearAllPools();
        (_folder, _database) = (world.Folder, world.Database);
    }

    /// <summary>A new warehouse on copies of the loaded world's folder and source database; the caller disposes it.</summary>
    public PostgresWarehouse Copy()
    {
        var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder.Path, Path.GetRelativePath(_folder.Path, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return new PostgresWarehouse(folder, _postgres.CreateDatabase(copyOf: _database), _settings);
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
