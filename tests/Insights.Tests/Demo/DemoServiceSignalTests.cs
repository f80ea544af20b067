using Xunit.Abstractions;

namespace Insights.Tests.Demo;

/// <summary>
/// The service signals of the demo world, as the warehouse shows them after a load (fct_complaint): complaints logged at the
/// weekend wait for Monday's first response, and quality complaints come back after their resolution far more often.
/// </summary>
public sealed class DemoServiceSignalTests(DemoWarehouseFixture world, ITestOutputHelper output) : IClassFixture<DemoWarehouseFixture>
{
    [Fact]
    public void The_world_loads_whole_with_its_service_fields()
    {
        Assert.All(world.Results, r => Assert.Equal("succeeded", r.Status));
        Assert.Equal(0L, world.Host.Scalar<long>("select count(*) from quarantine_row"));
        Assert.Equal(0L, world.Host.Scalar<long>("select count(*) from etl_check_result where failing_rows > 0"));
        Assert.Equal(0L, world.Host.Scalar<long>("select count(*) from fct_complaint where reopened_count is null"));
        Assert.Equal(0L, world.Host.Scalar<long>(
            "select count(*) from fct_complaint where status <> 'open' and first_response_at is null and opened_at < timestamp '2025-03-30'"));
    }

    [Fact]
    public void Complaints_opened_at_the_weekend_wait_far_longer_for_a_first_response()
    {
        // DuckDB's dayofweek: Sunday 0 .. Saturday 6
        var (weekend, weekday) = TwoNumbers("""
            select median(hours_to_first_response) filter (where dayofweek(opened_at) in (0, 6)),
                   median(hours_to_first_response) filter (where dayofweek(opened_at) between 1 and 5)
            from fct_complaint
            """);

        output.WriteLine($"median hours to the first response: weekend {weekend:F2}, weekday {weekday:F2}");
        Assert.True(weekend > 3 * weekday, $"median hours to the first response: weekend {weekend:F1}, weekday {weekday:F1}");
        Assert.True(weekend > 12, $"weekend median {weekend:F1} h: a weekend complaint waits for Monday");
    }

    [Fact]
    public void Quality_complaints_are_reopened_far_more_often_than_the_others()
    {
        var (quality, others) = TwoNumbers("""
            select avg((reopened_count > 0)::integer) filter (where category = 'product_quality'),
                   avg((reopened_count > 0)::integer) filter (where category <> 'product_quality')
            from fct_complaint
            where first_response_at is not null
            """);

        output.WriteLine($"share reopened: product_quality {quality:P2}, other categories {others:P2}");
        Assert.True(quality > 3 * others, $"share reopened: product_quality {quality:P1}, other categories {others:P1}");
        var highest = world.Host.Scalar<string>("""
            select category from fct_complaint group by category order by avg((reopened_count > 0)::integer) desc limit 1
            """);
        Assert.Equal("product_quality", highest);
    }

    (double First, double Second) TwoNumbers(string sql)
    {
        var row = world.Host.Rows(sql).Single();
        return (Convert.ToDouble(row[0], System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToDouble(row[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
