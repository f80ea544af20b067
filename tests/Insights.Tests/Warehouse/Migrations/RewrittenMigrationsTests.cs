using Insights.Demo;
using Insights.Etl;
using Insights.Warehouse;

namespace Insights.Tests.Warehouse.Migrations;

/// <summary>
/// Migrations 0009, 0011, 0016, 0017, 0019, 0020, 0024 and 0033 once filled their marts by repeating the model's statement;
/// they now create them empty, and 0044 names the marts pending where they are empty beside facts. A warehouse that applied
/// the earlier text (its checksum recorded) migrates on, and a warehouse that meets a rewritten migration with data (its marts
/// empty, as the new text leaves them) gets from its next load, which lands nothing, exactly the rows the loads built.
/// The reference rows come from a fresh warehouse built with the rewritten migrations and loaded from every source: what a
/// fresh warehouse held before too (the earlier texts inserted nothing over empty facts).
/// </summary>
public sealed class RewrittenMigrationsTests(RewrittenMigrationsTests.LoadedWorld world) : IClassFixture<RewrittenMigrationsTests.LoadedWorld>
{
    const string PendingMigration = "0044_pending_marts_of_early_migrations.sql";

    public static TheoryData<string, string[]> Families => new()
    {
        { "0009_customer_purchase_days.sql", ["mart_customer_purchase_day"] },
        { "0011_customer_orders.sql", ["mart_customer_category_order", "mart_customer_order"] },
        { "0016_complaint_term_index.sql", ["mart_complaint_term"] },
        { "0017_customer_search.sql", ["mart_customer_search"] },
        { "0019_customer_active_spans.sql", ["mart_customer_active_span"] },
        { "0020_customer_timeline_marts.sql", ["mart_customer_complaint", "mart_customer_contact", "mart_customer_order_line", "mart_customer_return"] },
        { "0024_contact_followups.sql", ["mart_contact_followup"] },
        { "0033_order_days.sql", ["mart_order_day"] },
    };

    [Theory]
    [MemberData(nameof(Families))]
    public void Warehouse_with_data_meeting_the_rewritten_migration_gets_the_marts_rows_from_its_next_load(string migration, string[] marts)
    {
        using var folder = new TempFolder();
        using var host = world.Copy(folder);
        using (var connection = host.Get<DuckDbWarehouse>().OpenConnection())
        {
            foreach (var mart in marts)
            {
                Assert.True(connection.ExecuteScalar<long>($"select count(*) from {mart}") > 0, $"{mart} holds rows to compare");
                connection.ExecuteNonQuery($"create table expected_{mart} as select * from {mart}; delete from {mart};");
            }
            // as a warehouse that applied the earlier text and has not met 0044 yet
            connection.ExecuteNonQuery("update etl_schema_version set checksum = $checksum where name = $name",
                ("checksum", SupersededMigrations.ByName[migration].Single().Checksum), ("name", migration));
            connection.ExecuteNonQuery("delete from etl_schema_version where name = $name", ("name", PendingMigration));
        }

        Assert.Equal([PendingMigration], host.Get<Migrator>().Migrate());
        using (var connection = host.Get<DuckDbWarehouse>().OpenConnection())
            Assert.Equal(marts.Order(StringComparer.Ordinal), ModelRunner.Pending(connection));

        var run = host.Get<EtlRunner>().Run(SourceNames.Operational, "test", CancellationToken.None);
        Assert.Equal(0, run.Counts.Loaded);
        Assert.Equal("succeeded", run.Status);   // the marts' data checks pass

        using (var connection = host.Get<DuckDbWarehouse>().OpenConnection())
        {
            Assert.Empty(ModelRunner.Pending(connection));
            foreach (var mart in marts)
            {
                Assert.Equal(connection.ExecuteScalar<long>($"select count(*) from expected_{mart}"),
                             connection.ExecuteScalar<long>($"select count(*) from {mart}"));
                Assert.Equal(0, connection.ExecuteScalar<long>($"select count(*) from (select * from expected_{mart} except all select * from {mart})"));
                Assert.Equal(0, connection.ExecuteScalar<long>($"select count(*) from (select * from {mart} except all select * from expected_{mart})"));
            }
        }
    }

    [Fact]
    public void Warehouse_that_applied_every_earlier_text_migrates_on_and_names_nothing_pending()
    {
        using var folder = new TempFolder();
        using var host = world.Copy(folder);
        using (var connection = host.Get<DuckDbWarehouse>().OpenConnection())
        {
            foreach (var (name, earlier) in SupersededMigrations.ByName)
                connection.ExecuteNonQuery("update etl_schema_version set checksum = $checksum where name = $name",
                    ("checksum", earlier.Single().Checksum), ("name", name));
            connection.ExecuteNonQuery("delete from etl_schema_version where name = $name", ("name", PendingMigration));
        }

        Assert.Equal([PendingMigration], host.Get<Migrator>().Migrate());   // the earlier texts are not run again
        Assert.Empty(host.Get<Migrator>().Migrate());
        using var check = host.Get<DuckDbWarehouse>().OpenConnection();
        Assert.Empty(ModelRunner.Pending(check));   // its marts are filled: nothing to build again
    }

    [Fact]
    public void Fresh_warehouse_names_no_mart_pending_for_the_rewritten_migrations()
    {
        using var folder = new TempFolder();
        using var host = new WarehouseHost(folder);
        using var connection = host.Get<DuckDbWarehouse>().OpenConnection();
        var rewritten = Families.SelectMany(family => (string[])family[1]).ToHashSet(StringComparer.Ordinal);
        // 0035-0040 name their own marts on a fresh warehouse (0040 mart_contact_followup among them); 0044 adds none there (no
        // facts yet), so a first load builds as before
        Assert.Equal(["mart_contact_followup"], ModelRunner.Pending(connection).Where(rewritten.Contains));
    }

    /// <summary>A small demo world loaded from every source, shared by the cases; each works on its own copy.</summary>
    public sealed class LoadedWorld : IDisposable
    {
        readonly TempFolder _folder = new();
        readonly WarehouseHost _host;

        public LoadedWorld()
        {
            _host = new WarehouseHost(_folder);
            _host.Get<DemoSourcePreparer>().Generate(0.005, seed: 7, new DateOnly(2026, 6, 30), toPostgres: false);
            foreach (var source in SourceNames.All) _host.Get<EtlRunner>().Run(source, "test", CancellationToken.None);
            using var connection = _host.Get<DuckDbWarehouse>().OpenConnection();
            connection.ExecuteNonQuery("checkpoint");
        }

        /// <summary>A host over a copy of the loaded warehouse, reading the same source files (all loaded already).</summary>
        public WarehouseHost Copy(TempFolder folder)
        {
            File.Copy(_folder.File("warehouse.duckdb"), folder.File("warehouse.duckdb"));
            return new WarehouseHost(folder, new Dictionary<string, string?> { ["Etl:SourcesFolder"] = _host.SourcesFolder });
        }

        public void Dispose()
        {
            _host.Dispose();
            _folder.Dispose();
        }
    }
}
