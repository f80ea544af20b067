using System.Text.Json;
using System.Text.RegularExpressions;

namespace Insights.Tests.Cli.Commands;

/// <summary>
/// `insights segment export` as a separate process on the tiny world: a segment of the South (customer 2 only) saved, then
/// exported as CSV to stdout, JSON to a file and Parquet to a file, the row count on stderr.
/// </summary>
public sealed class SegmentExportCommandTests : IClassFixture<TinyWarehouseFile>, IDisposable
{
    readonly TinyWarehouseFile _warehouse;
    readonly TempFolder _files = new();
    readonly string _id;

    public SegmentExportCommandTests(TinyWarehouseFile warehouse)
    {
        _warehouse = warehouse;
        var conditions = _files.File("south.json");
        File.WriteAllText(conditions, """{"groups":[{"anyOf":[{"field":"region","op":"in","values":["South"]}]}]}""");
        var name = "South " + Guid.NewGuid().ToString("N")[..8];
        var save = CliProcess.Run("segment", "save", "--conditions", conditions, "--name", name, "--warehouse", _warehouse.Path);
        Assert.True(save.ExitCode == 0, save.Stderr);
        _id = Regex.Match(save.Stdout, @"segment (\d+) saved").Groups[1].Value;
    }

    [Fact]
    public void Csv_goes_to_stdout_with_the_count_on_stderr()
    {
        var result = CliProcess.Run("segment", "export", _id, "--warehouse", _warehouse.Path);
        Assert.True(result.ExitCode == 0, result.Stderr);
        var lines = result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("customer_id,preferred_name,full_name,email,region,segment,offer_category,offer_reason,offer_expected_revenue", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("2,", lines[1], StringComparison.Ordinal);
        Assert.Contains($"1 rows of segment {_id} written", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_and_parquet_go_to_the_named_files()
    {
        var json = _files.File("south.json.out");
        var result = CliProcess.Run("segment", "export", _id, "--format", "json", "--output", json, "--warehouse", _warehouse.Path);
        Assert.True(result.ExitCode == 0, result.Stderr);
        using (var document = JsonDocument.Parse(File.ReadAllBytes(json)))
            Assert.Equal(2, document.RootElement.EnumerateArray().Single().GetProperty("customer_id").GetInt32());

        var parquet = _files.File("south.parquet");
        result = CliProcess.Run("segment", "export", _id, "--format", "parquet", "--output", parquet, "--warehouse", _warehouse.Path);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(parquet)[..4]);
        Assert.Contains("written to " + parquet, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_segment_or_format_is_a_usage_error()
    {
        Assert.Equal(2, CliProcess.Run("segment", "export", "999", "--warehouse", _warehouse.Path).ExitCode);
        Assert.Equal(2, CliProcess.Run("segment", "export", _id, "--format", "xlsx", "--warehouse", _warehouse.Path).ExitCode);
    }

    public void Dispose() => _files.Dispose();
}
