using Insights.Tests.Fixtures;
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

    [Fact]
    public void Warehouse_threads_out_of_range_stop_start_up() =>
        Assert.Throws<OptionsValidationException>(() => new WarehouseHost(_folder,
            new Dictionary<string, string?> { ["Warehouse:Threads"] = "0" }));

    public void Dispose() => _folder.Dispose();
}
