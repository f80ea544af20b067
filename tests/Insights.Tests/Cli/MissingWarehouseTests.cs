
namespace Insights.Tests.Cli;

/// <summary>
/// A read-only command given a warehouse path that does not exist says so and exits 2, creating neither the file nor its folder
/// (issue 14, item 6: a mistyped path used to create, migrate and report an empty warehouse with exit code 0).
/// </summary>
public sealed class MissingWarehouseTests : IDisposable
{
    readonly TempFolder _folder = new();

    string MissingFolder => _folder.File("typo");

    string MissingWarehouse => Path.Combine(MissingFolder, "x.duckdb");

    [Theory]
    [InlineData("report", "loyalty", "rfm")]
    [InlineData("report", "intervals")]
    [InlineData("report", "cross-sell", "white-space")]
    [InlineData("etl", "status")]
    [InlineData("quarantine", "list")]
    public void A_read_only_command_on_a_missing_warehouse_exits_2_naming_the_path_and_creates_nothing(params string[] command)
    {
        var result = CliProcess.Run([.. command, "--warehouse", MissingWarehouse]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"No warehouse at {MissingWarehouse}", result.Stderr);
        Assert.Contains("etl run", result.Stderr);
        Assert.Equal("", result.Stdout);
        Assert.False(Directory.Exists(MissingFolder), $"{MissingFolder} was created");
    }

    [Fact]
    public void Quarantine_export_on_a_missing_warehouse_exits_2_and_writes_no_file()
    {
        var output = _folder.File("quarantine.csv");

        var result = CliProcess.Run("quarantine", "export", "--out", output, "--warehouse", MissingWarehouse);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"No warehouse at {MissingWarehouse}", result.Stderr);
        Assert.False(File.Exists(output));
        Assert.False(Directory.Exists(MissingFolder), $"{MissingFolder} was created");
    }

    [Fact]
    public void Etl_run_still_creates_a_missing_warehouse_and_its_folder()
    {
        TinyWorld.CopyTo(_folder.File("sources"));

        var result = CliProcess.Run("etl", "run", "--warehouse", MissingWarehouse, "--sources", _folder.File("sources"));

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.True(File.Exists(MissingWarehouse));
    }

    public void Dispose() => _folder.Dispose();
}
