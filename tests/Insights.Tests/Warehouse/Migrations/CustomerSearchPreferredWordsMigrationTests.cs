using Insights.Warehouse;

namespace Insights.Tests.Warehouse.Migrations;

/// <summary>
/// Migration 0043 on a warehouse whose mart_customer_search was filled before it (the five-customer world, its column dropped):
/// every row gets its customer's preferred-name words, as the model writes them (lowered, accents stripped, one space apart).
/// </summary>
public sealed class CustomerSearchPreferredWordsMigrationTests
{
    [Fact]
    public void Existing_rows_get_their_preferred_name_words()
    {
        using var world = new CustomerWorld();
        using (var connection = world.Host.Get<DuckDbWarehouse>().OpenConnection())
            connection.ExecuteNonQuery("""
                alter table mart_customer_search drop column preferred_text;
                update mart_customer_search set preferred_name = E'Anne\t Marie' where customer_id = 3;
                delete from etl_schema_version where name = '0043_customer_search_preferred_words.sql';
                """);

        Assert.Equal(["0043_customer_search_preferred_words.sql"], world.Host.Get<Migrator>().Migrate());

        var rows = world.Host.Rows("select customer_id, any_value(preferred_text), count(distinct preferred_text) from mart_customer_search group by customer_id order by customer_id")
            .Select(r => ((int)r[0]!, (string)r[1]!, (long)r[2]!)).ToArray();
        Assert.Equal([(1, " bjorn ", 1L), (2, " zoe ", 1L), (3, " anne marie ", 1L), (4, " customer ", 1L), (5, " marta ", 1L)], rows);
    }
}
