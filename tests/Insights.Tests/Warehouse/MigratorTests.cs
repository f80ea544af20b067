using System.Security.Cryptography;
using Insights.Warehouse;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Insights.Tests.Warehouse;

public sealed class MigratorTests : IDisposable
{
    readonly TempFolder _folder = new();

    [Fact]
    public void Start_up_applies_every_migration_file_and_a_second_run_applies_nothing()
    {
        var onDisk = Directory.GetFiles(RepositoryFolder.Combine("warehouse", "Insights.Warehouse", "Migrations"), "*.sql")
            .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();

        using var host = new WarehouseHost(_folder, migrateNewFile: true);
        Assert.Empty(host.Get<Migrator>().Migrate());

        var applied = host.Rows("select name from etl_schema_version order by name").Select(r => (string)r[0]!).ToList();
        Assert.Equal(onDisk, applied);
    }

    [Fact]
    public void New_warehouse_migrated_in_one_transaction_equals_one_migrated_script_by_script()
    {
        // a warehouse that already applied 0001 takes every later script in a transaction of its own
        var folder = RepositoryFolder.Combine("warehouse", "Insights.Warehouse", "Migrations");
        var first = Path.Combine(folder, "0001_raw_tables.sql");
        var scripts = Directory.GetFiles(folder, "*.sql").Length;
        var stepwise = _folder.File("stepwise.duckdb");
        using (var db = new DuckDbWarehouse(Options.Create(new WarehouseOptions { DatabasePath = stepwise })))
        {
            using (var connection = db.OpenConnection())
            {
                connection.ExecuteNonQuery(SqlResource.Load<Migrator>("etl_schema_version.sql"));
                connection.ExecuteNonQuery(File.ReadAllText(first));
                connection.ExecuteNonQuery(SqlResource.Load<Migrator>("record_migration.sql"), ("name", "0001_raw_tables.sql"),
                    ("checksum", Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(first)))));
            }
            Assert.Equal(scripts - 1, new Migrator(db, NullLogger<Migrator>.Instance).Migrate().Count);
        }

        using var host = new WarehouseHost(_folder, migrateNewFile: true);   // every script in one transaction
        using var stepwiseDb = new DuckDbWarehouse(Options.Create(new WarehouseOptions { DatabasePath = stepwise }));
        var oneGo = Schema(host.Get<DuckDbWarehouse>());
        var scriptByScript = Schema(stepwiseDb);

        Assert.Contains($"table etl_schema_version: {scripts}|", oneGo, StringComparison.Ordinal);
        Assert.Equal(scriptByScript, oneGo);
    }

    // the columns saying when a migration ran, which two runs cannot share
    static readonly Dictionary<string, string> When = new() { ["etl_schema_version"] = "applied_at", ["etl_model_pending"] = "since" };

    // every table, column, index, view, constraint and sequence, and each table's rows (count and hash: the migrations seed
    // reference rows and pending models), the times they ran aside
    static string Schema(DuckDbWarehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        List<string> Rows(string sql)
        {
            using var command = connection.CreateCommand(sql);
            return TextRows.Read(command);
        }
        const string here = "database_name = current_database()";
        var tables = Rows($"select table_name from duckdb_tables() where {here} order by 1");
        return string.Join("\n",
        [
            .. Rows($"select 'column', table_name, column_index, column_name, data_type, is_nullable, column_default from duckdb_columns() where {here} order by all"),
            .. Rows($"select 'index', table_name, index_name, sql from duckdb_indexes() where {here} order by all"),
            .. Rows($"select 'view', view_name, sql from duckdb_views() where {here} and not internal order by all"),
            .. Rows($"select 'constraint', table_name, constraint_type, constraint_text from duckdb_constraints() where {here} order by all"),
            .. Rows($"select 'sequence', sequence_name, start_value, increment_by from duckdb_sequences() where {here} order by all"),
            .. tables.Select(t => $"table {t}: " + string.Join(",",
                Rows($"select count(*), coalesce(sum(hash(*columns(*{(When.TryGetValue(t, out var when) ? $" exclude ({when})" : "")}))), 0) from {t}"))),
        ]);
    }

    [Fact]
    public void Edited_migration_stops_start_up()
    {
        using var host = new WarehouseHost(_folder);
        using (var connection = host.Get<DuckDbWarehouse>().OpenConnection())
            connection.ExecuteNonQuery("update etl_schema_version set checksum = 'edited' where name = '0001_raw_tables.sql'");

        var error = Assert.Throws<InvalidOperationException>(() => host.Get<Migrator>().Migrate());
        Assert.Contains("0001_raw_tables.sql changed after it was applied", error.Message);
    }

    [Fact]
    public void Rewritten_migration_with_its_earlier_checksum_recorded_is_accepted_and_not_run_again()
    {
        using var host = new WarehouseHost(_folder);
        var (name, earlier) = SupersededMigrations.ByName.First();
        using (var connection = host.Get<DuckDbWarehouse>().OpenConnection())
            connection.ExecuteNonQuery("update etl_schema_version set checksum = $checksum where name = $name",
                ("checksum", earlier.Single().Checksum), ("name", name));

        Assert.Empty(host.Get<Migrator>().Migrate());
        Assert.Equal(earlier.Single().Checksum,
            host.Scalar<string>($"select checksum from etl_schema_version where name = '{name}'"));   // recorded as applied, kept
    }

    [Fact]
    public void Rewritten_migration_with_an_unknown_checksum_still_stops_start_up()
    {
        using var host = new WarehouseHost(_folder);
        var name = SupersededMigrations.ByName.Keys.First();
        using (var connection = host.Get<DuckDbWarehouse>().OpenConnection())
            connection.ExecuteNonQuery("update etl_schema_version set checksum = 'edited' where name = $name", ("name", name));

        var error = Assert.Throws<InvalidOperationException>(() => host.Get<Migrator>().Migrate());
        Assert.Contains($"{name} changed after it was applied", error.Message);
    }

    [Fact]
    public void Superseded_checksums_are_earlier_texts_not_the_current_ones()
    {
        // an entry equal to the file's own checksum would accept nothing new; one for a file that does not exist, a typo
        var folder = RepositoryFolder.Combine("warehouse", "Insights.Warehouse", "Migrations");
        foreach (var (name, earlier) in SupersededMigrations.ByName)
        {
            var file = Path.Combine(folder, name);
            Assert.True(File.Exists(file), name);
            var current = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
            Assert.All(earlier, e => Assert.NotEqual(current, e.Checksum));
            Assert.All(earlier, e => Assert.Matches("^[0-9A-F]{64}$", e.Checksum));
            Assert.All(earlier, e => Assert.False(string.IsNullOrWhiteSpace(e.Why)));
        }
    }

    public void Dispose() => _folder.Dispose();
}
