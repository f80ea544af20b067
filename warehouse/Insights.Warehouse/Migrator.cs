using System.Security.Cryptography;
using System.Text;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;

namespace Insights.Warehouse;

/// <summary>
/// Applies the numbered scripts under Migrations/ in order, one transaction each, and records them with a checksum in
/// etl_schema_version. An applied script that was edited afterwards stops start-up: add the next number instead.
/// </summary>
public sealed class Migrator(DuckDbWarehouse warehouse, ILogger<Migrator> logger)
{
    const string Prefix = "Insights.Warehouse.Migrations";

    /// <summary>Brings the schema up to date; returns the names of the scripts it applied.</summary>
    public IReadOnlyList<string> Migrate()
    {
        using var connection = warehouse.OpenConnection();
        // Schema changes go straight into the file at commit, never through the write-ahead log: DuckDB 1.5 cannot replay every
        // DDL from the log (an ALTER of a table with a function default fails), so a process killed between a migration's
        // commit and the next checkpoint would leave a file that no longer opens. Loads log as usual afterwards.
        connection.ExecuteNonQuery("set wal_autocheckpoint = '0KB'");
        var ran = new List<string>();
        try
        {
            connection.ExecuteNonQuery(SqlResource.Load<Migrator>("etl_schema_version.sql"));
            ApplyPending(connection, ReadApplied(connection), ran);
        }
        finally
        {
            connection.ExecuteNonQuery("reset wal_autocheckpoint");
        }
        return ran;
    }

    void ApplyPending(DuckDBConnection connection, Dictionary<string, string> applied, List<string> ran)
    {
        foreach (var resource in SqlResource.List(typeof(Migrator).Assembly, Prefix))
        {
            var name = resource[(Prefix.Length + 1)..];
            var sql = SqlResource.Read(typeof(Migrator).Assembly, resource);
            var checksum = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
            if (applied.TryGetValue(name, out var known))
            {
                if (known != checksum)
                    throw new InvalidOperationException($"Migration {name} changed after it was applied; add a new migration instead.");
                continue;
            }
            using var transaction = connection.BeginTransaction();
            connection.ExecuteNonQuery(sql);
            connection.ExecuteNonQuery(SqlResource.Load<Migrator>("record_migration.sql"),
                ("name", name), ("checksum", checksum));
            transaction.Commit();
            Log.MigrationApplied(logger, name);
            ran.Add(name);
        }
    }

    static Dictionary<string, string> ReadApplied(DuckDBConnection connection)
    {
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = SqlResource.Load<Migrator>("applied_migrations.sql");
        using var reader = command.ExecuteReader();
        while (reader.Read()) applied[reader.GetString(0)] = reader.GetString(1);
        return applied;
    }
}
