using System.Security.Cryptography;
using System.Text;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;

namespace Insights.Warehouse;

/// <summary>
/// Applies the numbered scripts under Migrations/ in order, one transaction each, and records them with a checksum in
/// etl_schema_version. An applied script that was edited afterwards stops start-up: add the next number instead. The one
/// exception is a rewrite listed with the checksum it replaced in <see cref="SupersededMigrations"/>: a warehouse that applied
/// the earlier text migrates on (the script is not run again).
/// </summary>
public sealed class Migrator(DuckDbWarehouse warehouse, ILogger<Migrator> logger)
{
    const string Prefix = "Insights.Warehouse.Migrations";

    /// <summary>Brings the schema up to date; returns the names of the scripts it applied.</summary>
    public IReadOnlyList<string> Migrate()
    {
        using var connection = warehouse.OpenConnection();
        // A current warehouse (every script applied, none edited since) costs one read of etl_schema_version and nothing else:
        // no setting changed, no DDL run (most CLI commands open the warehouse only to read it, and start-up is their fixed cost).
        var applied = connection.ExecuteScalar<bool>(SqlResource.Load<Migrator>("schema_version_exists.sql"))
            ? ReadApplied(connection)
            : [];
        var pending = Pending(applied);
        if (pending.Count == 0) return [];
        // Schema changes go straight into the file at commit, never through the write-ahead log: DuckDB 1.5 cannot replay every
        // DDL from the log (an ALTER of a table with a function default fails), so a process killed between a migration's
        // commit and the next checkpoint would leave a file that no longer opens. Loads log as usual afterwards.
        connection.ExecuteNonQuery("set wal_autocheckpoint = '0KB'");
        try
        {
            connection.ExecuteNonQuery(SqlResource.Load<Migrator>("etl_schema_version.sql"));
            // A new file holds nothing to keep, so its whole schema is one transaction: one checkpoint instead of one per script
            // (a first start or a fresh test warehouse took ~1.5 s for 48 of them), and a process killed while creating it leaves
            // an empty file that the next start migrates again. An existing warehouse still applies each script on its own.
            if (applied.Count == 0) ApplyAll(connection, pending);
            else foreach (var script in pending) ApplyAll(connection, [script]);
        }
        finally
        {
            connection.ExecuteNonQuery("reset wal_autocheckpoint");
        }
        return pending.Select(p => p.Name).ToList();
    }

    /// <summary>One migration script: its file name, its text and the checksum recorded when it is applied.</summary>
    sealed record Script(string Name, string Sql, string Checksum);

    // the embedded scripts not applied yet, in order; an applied script whose text changed since stops here
    static List<Script> Pending(Dictionary<string, string> applied)
    {
        var pending = new List<Script>();
        foreach (var resource in SqlResource.List(typeof(Migrator).Assembly, Prefix))
        {
            var name = resource[(Prefix.Length + 1)..];
            var sql = SqlResource.Read(typeof(Migrator).Assembly, resource);
            var checksum = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
            if (applied.TryGetValue(name, out var known))
            {
                // a deliberate rewrite lists the text it replaced; any other edit is refused
                if (known != checksum && !SupersededMigrations.Accepts(name, known))
                    throw new InvalidOperationException($"Migration {name} changed after it was applied; add a new migration instead.");
                continue;
            }
            pending.Add(new Script(name, sql, checksum));
        }
        return pending;
    }

    // the scripts in one transaction, each recorded with its checksum
    void ApplyAll(DuckDBConnection connection, IReadOnlyList<Script> scripts)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var script in scripts)
        {
            connection.ExecuteNonQuery(script.Sql);
            connection.ExecuteNonQuery(SqlResource.Load<Migrator>("record_migration.sql"),
                ("name", script.Name), ("checksum", script.Checksum));
        }
        transaction.Commit();
        foreach (var script in scripts) Log.MigrationApplied(logger, script.Name);
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
