using Insights.Reports.Pages.Loyalty;
using Insights.Warehouse;

namespace Insights.Tests.Warehouse.Migrations;

/// <summary>
/// Migration 0014 (shared rules) on a warehouse whose marts were built before it, when the second purchase was the second
/// order: it restates the marts' second purchase as the second purchase day, so the default view agrees with the live path.
/// </summary>
public sealed class SharedRulesMigrationTests : IDisposable
{
    readonly LoyaltyWorld _world = new();

    [Fact]
    public void Migration_restates_the_second_purchase_of_marts_built_before_it()
    {
        _world.BuildMarts();
        using (var connection = _world.Host.Get<DuckDbWarehouse>().OpenConnection())
        {
            // as 0013 left them: customer 7's second order (same day as the first) as the second purchase
            connection.ExecuteNonQuery("""
                update mart_customer_order_totals set second_ordered_at = first_ordered_at where customer_id = 7 and period = 'now';
                update mart_customer_rfm set second_ordered_at = first_ordered_at where customer_id = 7;
                delete from etl_schema_version where name = '0014_shared_rules.sql';
                """);
        }
        var scope = _world.Scope();
        Assert.True(_world.Query.UsesMart(scope));
        Assert.Equal(4, RepeatCustomers(scope));

        Assert.Equal(["0014_shared_rules.sql"], _world.Host.Get<Migrator>().Migrate());

        Assert.Equal(3, RepeatCustomers(scope));   // 1, 2, 5, as the live path counts them
    }

    // read without the report cache: the migration does not start a new ETL run
    long RepeatCustomers(LoyaltyScope scope)
    {
        using var connection = _world.Host.Get<DuckDbWarehouse>().OpenConnection();
        return connection.ExecuteScalar<long>(
            "select count(*) from loyalty_second_purchases('mart', $as_of, null, null, null)", ("as_of", scope.AsOf));
    }

    public void Dispose() => _world.Dispose();
}
