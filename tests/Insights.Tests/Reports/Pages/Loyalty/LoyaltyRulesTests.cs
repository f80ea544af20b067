using Insights.Reports.Pages.Loyalty;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Loyalty;

/// <summary>
/// The loyalty rules live once, as macros of migration 0014: a migrated warehouse has them, and the page's text states the
/// windows the macros apply.
/// </summary>
public sealed class LoyaltyRulesTests(LoyaltyWorld world) : IClassFixture<LoyaltyWorld>
{
    [Fact]
    public void Page_text_states_the_windows_the_rules_apply()
    {
        using var connection = world.Host.Get<DuckDbWarehouse>().OpenConnection();

        Assert.Equal(LoyaltyScope.WindowDays, connection.ExecuteScalar<int>("select loyalty_window_days()"));
        Assert.Equal(LoyaltyScope.QuickHours, connection.ExecuteScalar<double>("select loyalty_quick_hours()::double"));
    }

    [Fact]
    public void Several_orders_on_one_day_are_one_purchase()
    {
        using var connection = world.Host.Get<DuckDbWarehouse>().OpenConnection();

        // customer 7's two orders fall on one day: no second purchase; customer 1's second purchase day is 2024-03-10
        var seconds = connection.ExecuteScalar<string>(
            "select string_agg(customer_id || '@' || strftime(second_ordered_at, '%Y-%m-%d'), ' ' order by customer_id) " +
            "from second_purchases('mart_customer_order')");

        Assert.StartsWith("1@2024-03-10 2@", seconds);
        Assert.DoesNotContain("7@", seconds);
    }
}
