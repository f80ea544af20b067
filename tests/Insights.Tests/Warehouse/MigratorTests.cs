using Insights.Warehouse;

namespace Insights.Tests.Warehouse;

public sealed class MigratorTests : IDisposable
{
    readonly TempFolder _folder = new();

    [Fact]
    public void Start_up_applies_every_migration_file_and_a_second_run_applies_nothing()
    {
        var onDisk = Directory.GetFiles(RepositoryFolder.Combine("warehouse", "Insights.Warehouse", "Migrations"), "*.sql")
            .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();

        using var host = new WarehouseHost(_folder);
        Assert.Empty(host.Get<Migrator>().Migrate());

        var applied = host.Rows("select name from etl_schema_version order by name").Select(r => (string)r[0]!).ToList();
        Assert.Equal(onDisk, applied);
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
