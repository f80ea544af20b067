using Microsoft.Extensions.Options;

namespace Insights.Tests.Etl;

/// <summary>Bad configuration stops start-up with a message naming the key, instead of failing the first load.</summary>
public sealed class EtlOptionsTests : IDisposable
{
    readonly TempFolder _folder = new();

    [Fact]
    public void Postgres_source_without_a_connection_string_stops_start_up()
    {
        var error = Assert.Throws<OptionsValidationException>(() => new WarehouseHost(_folder,
            new Dictionary<string, string?> { ["Etl:Operational:Kind"] = "Postgres" }));
        Assert.Contains("Etl:Operational:ConnectionString is required", error.Message);
    }

    [Fact]
    public void Schedule_that_is_not_cron_stops_start_up()
    {
        var error = Assert.Throws<OptionsValidationException>(() => new WarehouseHost(_folder,
            new Dictionary<string, string?> { ["Etl:Schedule"] = "every hour" }));
        Assert.Contains("Etl:Schedule", error.Message);
    }

    // five or six fields, as the old field count accepted, yet no schedule: Cronos reads each field as Hangfire will
    [Theory]
    [InlineData("Etl:Schedule", "61 * * * *", "Etl:Schedule '61 * * * *' is not a cron expression")]
    [InlineData("Etl:Schedule", "*/0 * * * *", "Etl:Schedule '*/0 * * * *' is not a cron expression")]
    [InlineData("Etl:Schedules:operational", "0 0 * * * * *", "Etl:Schedules:operational '0 0 * * * * *' is not a cron expression")]
    [InlineData("Etl:Schedules:contacts", "0 0 30 2 *", "Etl:Schedules:contacts '0 0 30 2 *' never occurs")]
    public void Schedule_that_cannot_run_stops_start_up_naming_the_key(string key, string cron, string message)
    {
        var error = Assert.Throws<OptionsValidationException>(() => new WarehouseHost(_folder,
            new Dictionary<string, string?> { [key] = cron }));
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("0 3 * * 1-5")]
    [InlineData("*/20 * * * * *")]
    [InlineData("@daily")]
    public void Schedules_hangfire_runs_start(string cron)
    {
        using var host = new WarehouseHost(_folder, new Dictionary<string, string?> { ["Etl:Schedules:operational"] = cron });
        Assert.Equal(cron, host.Get<IOptions<Insights.Etl.EtlOptions>>().Value.ScheduleOf("operational"));
    }

    [Fact]
    public void Warehouse_threads_out_of_range_stop_start_up() =>
        Assert.Throws<OptionsValidationException>(() => new WarehouseHost(_folder,
            new Dictionary<string, string?> { ["Warehouse:Threads"] = "0" }));

    [Theory]
    [InlineData("Etl:FutureTolerance", "-1.00:00:00", "Etl:FutureTolerance must be between")]
    [InlineData("Etl:FutureTolerance", "3650.00:00:00", "Etl:FutureTolerance must be between")]
    [InlineData("Etl:EarliestDate", "2999-01-01", "Etl:EarliestDate must be a day in the past")]
    [InlineData("Etl:EarliestDate", "0001-01-01", "Etl:EarliestDate must be a day in the past")]
    public void Event_time_bounds_out_of_range_stop_start_up(string key, string value, string message)
    {
        var error = Assert.Throws<OptionsValidationException>(() => new WarehouseHost(_folder, new Dictionary<string, string?> { [key] = value }));
        Assert.Contains(message, error.Message);
    }

    public void Dispose() => _folder.Dispose();
}
