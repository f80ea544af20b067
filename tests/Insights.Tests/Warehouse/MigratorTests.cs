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

    public void Dispose() => _folder.Dispose();
}
