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
    readonly TempFolder _folder = new();
    readonly TestDatabase _database;

    public PostgresWarehouse(PostgresFixture postgres, double scale, int seed, IDictionary<string, string?>? settings = null)
    {
        _database = postgres.CreateDatabase();
        var all = new Dictionary<string, string?>
        {
            ["Etl:Operational:Kind"] = "Postgres",
            ["Etl:Operational:ConnectionString"] = _database.ConnectionString,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        Host = new WarehouseHost(_folder, all);
        Host.Get<DemoSourcePreparer>().Generate(scale, seed, new DateOnly(2026, 6, 30), toPostgres: true);
    }

    /// <summary>The warehouse, ETL and report services.</summary>
    public WarehouseHost Host { get; }

    /// <summary>The source database's connection string.</summary>
    public string ConnectionString => _database.ConnectionString;

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
