using Insights.Tests.Fixtures;
using Insights.Warehouse;

namespace Insights.Tests.Warehouse;

public sealed class MigratorTests : IDisposable
{
    readonly TempFolder _folder = new();

    [Fact]
    public void Second_migration_run_applies_nothing()
    {
        using var host = new WarehouseHost(_folder);
        Assert.Empty(host.Get<Migrator>().Migrate());
        Assert.True(host.Scalar<long>("select count(*) from etl_schema_version") >= 3);
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
