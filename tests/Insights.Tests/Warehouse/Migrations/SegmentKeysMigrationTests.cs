using Insights.Reports.Pages.Segments;
using Insights.Tests.Reports.Pages.Segments;
using Insights.Warehouse;

namespace Insights.Tests.Warehouse.Migrations;

/// <summary>
/// Migration 0029 (segment keys) on a warehouse whose app_segment holds what 0022's unkeyed table allowed: two rows with one id
/// and two names equal but for case. Every segment is kept, renumbered or renamed as the migration's header says.
/// </summary>
public sealed class SegmentKeysMigrationTests : IDisposable
{
    readonly SegmentsWorld _world = new();

    [Fact]
    public void Duplicate_ids_and_names_are_renumbered_and_renamed_without_losing_a_segment()
    {
        using (var connection = _world.Host.Get<DuckDbWarehouse>().OpenConnection())
        {
            // back to 0022's table, with the duplicates an SF10 copy showed
            connection.ExecuteNonQuery("""
                drop table app_segment;
                create table app_segment (segment_id integer not null, name varchar not null, description varchar not null,
                    definition varchar not null, created_by varchar not null, created_at timestamp not null, updated_by varchar not null,
                    updated_at timestamp not null);
                insert into app_segment values
                    (1, 'South', 'first', '{}', 'maria', '2024-01-01', 'maria', '2024-01-01'),
                    (1, 'North', 'second', '{}', 'maria', '2024-01-02', 'maria', '2024-01-02'),
                    (2, 'south', 'third', '{}', 'maria', '2024-01-03', 'maria', '2024-01-03'),
                    (3, 'West', 'fourth', '{}', 'maria', '2024-01-04', 'maria', '2024-01-04');
                delete from etl_schema_version where name = '0029_segment_keys.sql';
                """);
            connection.ExecuteNonQuery("update app_segment set definition = $definition", ("definition", South.ToJson()));
        }

        Assert.Equal(["0029_segment_keys.sql"], _world.Host.Get<Migrator>().Migrate());

        var rows = _world.Host.Rows("select segment_id, name, description from app_segment order by segment_id")
            .Select(r => ((int)r[0]!, (string)r[1]!, (string)r[2]!)).ToArray();
        // the older row keeps id 1; the newer gets 4 (after the highest, 3); 'south' (id 2) comes second to 'South' (id 1)
        Assert.Equal([(1, "South", "first"), (2, "south (segment 2)", "third"), (3, "West", "fourth"), (4, "North", "second")], rows);
        Assert.Equal(("South", "North"), (_world.Store.Get(1)!.Name, _world.Store.Get(4)!.Name));   // one row each: Get no longer throws
    }

    static SegmentDefinition South => SegmentsWorld.All(new SegmentCondition("region", "in", ["South"]));

    [Fact]
    public void The_table_refuses_a_second_row_with_an_id_or_a_name_taken()
    {
        using var c = _world.Host.Get<DuckDbWarehouse>().OpenConnection();
        c.ExecuteNonQuery("insert into app_segment values (1, 'South', '', '{}', 'maria', now(), 'maria', now())");
        Assert.Contains("Constraint", Assert.ThrowsAny<Exception>(() =>
            c.ExecuteNonQuery("insert into app_segment values (1, 'North', '', '{}', 'maria', now(), 'maria', now())")).Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Constraint", Assert.ThrowsAny<Exception>(() =>
            c.ExecuteNonQuery("insert into app_segment values (2, 'SOUTH', '', '{}', 'maria', now(), 'maria', now())")).Message, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => _world.Dispose();
}
