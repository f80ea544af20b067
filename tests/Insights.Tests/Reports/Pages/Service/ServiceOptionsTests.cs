using Insights.Reports.Pages.Service;
using Microsoft.Extensions.Options;

namespace Insights.Tests.Reports.Pages.Service;

/// <summary>SLA targets are whole hours or days; anything else stops start-up naming the key, not the first complaints view.</summary>
public sealed class ServiceOptionsTests : IDisposable
{
    readonly TempFolder _folder = new();

    [Theory]
    [InlineData("24h", 24.0)]
    [InlineData("5d", 120.0)]
    [InlineData(" 10D ", 240.0)]
    [InlineData("365d", 8760.0)]
    public void A_target_in_hours_or_days_is_read_as_hours(string value, double hours) =>
        Assert.Equal(hours, ServiceOptions.ParseHours(value));

    [Theory]
    [InlineData("0h")]
    [InlineData("-3d")]
    [InlineData("366d")]
    [InlineData("24")]
    [InlineData("1.5d")]
    [InlineData("one day")]
    [InlineData("")]
    public void Anything_else_is_not_a_target(string value) => Assert.Null(ServiceOptions.ParseHours(value));

    [Fact]
    public void A_target_that_is_not_a_duration_stops_start_up_naming_the_key()
    {
        var error = Assert.Throws<OptionsValidationException>(() => new WarehouseHost(_folder,
            new Dictionary<string, string?> { ["Service:Sla:critical"] = "a day" }));
        Assert.Contains("Service:Sla:critical is 'a day'", error.Message);
    }

    [Fact]
    public void The_default_targets_are_the_issues()
    {
        using var host = new WarehouseHost(_folder);
        var hours = host.Get<IOptions<ServiceOptions>>().Value.SlaHours();
        Assert.Equal(new Dictionary<string, double> { ["critical"] = 24, ["high"] = 48, ["medium"] = 120, ["low"] = 240 },
            hours.OrderBy(h => h.Key).ToDictionary());
    }

    public void Dispose() => _folder.Dispose();
}
