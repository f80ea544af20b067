using System.ComponentModel.DataAnnotations;
using Insights.Warehouse;
using Microsoft.Extensions.Options;

namespace Insights.Tests.Warehouse;

/// <summary>
/// While a load runs, DuckDB's one memory limit is Warehouse:LoadMemoryLimit (the load's share plus the reserve of the page
/// computation the gate lets run beside it), and back to Warehouse:MemoryLimit once the last load has ended; without the
/// setting (the CLI) a load changes nothing.
/// </summary>
public sealed class LoadMemoryLimitTests : IDisposable
{
    readonly TempFolder _folder = new();

    DuckDbWarehouse Open(string? loadLimit) => new(Options.Create(new WarehouseOptions
    {
        DatabasePath = _folder.File($"w{Guid.NewGuid():N}.duckdb"), MemoryLimit = "100MiB", LoadMemoryLimit = loadLimit,
    }));

    [Fact]
    public void A_load_raises_the_limit_until_the_last_load_ends()
    {
        using var warehouse = Open("300MiB");
        Assert.Equal("100.0 MiB", warehouse.CurrentMemoryLimit());
        var first = warehouse.BeginLoad();
        Assert.True(warehouse.Gate.Loading);
        Assert.Equal("300.0 MiB", warehouse.CurrentMemoryLimit());
        var second = warehouse.BeginLoad();
        first.Dispose();
        first.Dispose();   // twice: counted once
        Assert.Equal("300.0 MiB", warehouse.CurrentMemoryLimit());
        second.Dispose();
        Assert.False(warehouse.Gate.Loading);
        Assert.Equal("100.0 MiB", warehouse.CurrentMemoryLimit());
    }

    [Fact]
    public void Without_a_load_limit_a_load_keeps_the_limit()
    {
        using var warehouse = Open(null);
        using (warehouse.BeginLoad())
        {
            Assert.True(warehouse.Gate.Loading);
            Assert.Equal("100.0 MiB", warehouse.CurrentMemoryLimit());
        }
        Assert.False(warehouse.Gate.Loading);
    }

    [Theory]
    [InlineData("900MB", "1300MB", true)]
    [InlineData("900MB", "900MB", true)]
    [InlineData("900MB", null, true)]
    [InlineData("1GB", "1GiB", true)]
    [InlineData("900MB", "800MB", false)]
    [InlineData("1GiB", "1GB", false)]
    [InlineData("900MB", "lots", false)]
    public void The_load_limit_is_a_size_of_at_least_the_limit(string limit, string? loadLimit, bool valid)
    {
        var options = new WarehouseOptions { MemoryLimit = limit, LoadMemoryLimit = loadLimit };
        var results = new List<ValidationResult>();
        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
    }

    public void Dispose() => _folder.Dispose();
}
