using System.ComponentModel.DataAnnotations;
using Insights.Warehouse;
using Microsoft.Extensions.Options;

namespace Insights.Tests.Warehouse;

/// <summary>
/// While a load runs, DuckDB's one memory limit is Warehouse:LoadMemoryLimit (the load's share plus the reserve of the page
/// computation the gate lets run beside it), and back to Warehouse:MemoryLimit once the last load has ended; without the
/// setting (the CLI) a load changes nothing. The customer scores step lowers it to Warehouse:ScoresMemoryLimit while it runs.
/// </summary>
public sealed class LoadMemoryLimitTests : IDisposable
{
    readonly TempFolder _folder = new();

    DuckDbWarehouse Open(string? loadLimit, string? scoresLimit = null) => new(Options.Create(new WarehouseOptions
    {
        DatabasePath = _folder.File($"w{Guid.NewGuid():N}.duckdb"), MemoryLimit = "100MiB", LoadMemoryLimit = loadLimit,
        ScoresMemoryLimit = scoresLimit,
    }));

    [Fact]
    public void A_scores_step_lowers_the_limit_until_it_ends_then_the_limit_in_force_without_it_is_back()
    {
        using var warehouse = Open("300MiB", "60MiB");
        using (warehouse.BeginScoresStep())
            Assert.Equal("60.0 MiB", warehouse.CurrentMemoryLimit());
        Assert.Equal("100.0 MiB", warehouse.CurrentMemoryLimit());

        // inside a load (the step runs after the load's commit, the load still marked): the load's limit comes back, and a load
        // beginning or ending during the step leaves the step's limit alone
        var load = warehouse.BeginLoad();
        var step = warehouse.BeginScoresStep();
        Assert.Equal("60.0 MiB", warehouse.CurrentMemoryLimit());
        var second = warehouse.BeginLoad();
        second.Dispose();
        Assert.Equal("60.0 MiB", warehouse.CurrentMemoryLimit());
        step.Dispose();
        step.Dispose();   // twice: counted once
        Assert.Equal("300.0 MiB", warehouse.CurrentMemoryLimit());
        load.Dispose();
        Assert.Equal("100.0 MiB", warehouse.CurrentMemoryLimit());

        step = warehouse.BeginScoresStep();
        using (warehouse.BeginLoad())
            Assert.Equal("60.0 MiB", warehouse.CurrentMemoryLimit());
        Assert.Equal("60.0 MiB", warehouse.CurrentMemoryLimit());
        step.Dispose();
        Assert.Equal("100.0 MiB", warehouse.CurrentMemoryLimit());
    }

    [Fact]
    public void Without_a_scores_limit_the_step_keeps_the_limit()
    {
        using var warehouse = Open(null);
        using (warehouse.BeginScoresStep())
            Assert.Equal("100.0 MiB", warehouse.CurrentMemoryLimit());
    }

    [Theory]
    [InlineData("900MB", null, "600MB", true)]
    [InlineData("900MB", "1300MB", "1300MB", true)]
    [InlineData("900MB", null, "1GB", false)]
    [InlineData("900MB", null, "some", false)]
    public void The_scores_limit_is_a_size_of_at_most_the_loads_limit(string limit, string? loadLimit, string scoresLimit, bool valid)
    {
        var options = new WarehouseOptions { MemoryLimit = limit, LoadMemoryLimit = loadLimit, ScoresMemoryLimit = scoresLimit };
        var results = new List<ValidationResult>();
        Assert.Equal(valid, Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
    }

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
