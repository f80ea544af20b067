using System.Text.Json;

namespace Insights.Tests.Cli.Commands;

/// <summary>
/// `insights segment preview|save|list|show` as separate processes on the tiny world (TestData/tiny: customer 1 is the one in the
/// North, customer 2 the one in the South, whose only order is cancelled).
/// </summary>
public sealed class SegmentCommandsTests : IClassFixture<TinyWarehouseFile>, IDisposable
{
    readonly TinyWarehouseFile _warehouse;
    readonly TempFolder _files = new();

    public SegmentCommandsTests(TinyWarehouseFile warehouse) => _warehouse = warehouse;

    string Conditions(string json)
    {
        var path = _files.File(Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        return path;
    }

    const string South = """{"groups":[{"anyOf":[{"field":"region","op":"in","values":["South"]}]}]}""";

    [Fact]
    public void Preview_prints_size_share_and_composition_as_json()
    {
        var north = South.Replace("South", "North", StringComparison.Ordinal);
        var result = CliProcess.Run("segment", "preview", "--conditions", Conditions(north), "--format", "json", "--warehouse", _warehouse.Path);
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("members").GetInt64());
        Assert.Equal(4, json.RootElement.GetProperty("customers").GetInt64());
        Assert.Equal(38.00m, json.RootElement.GetProperty("netAmount").GetDecimal());   // customer 1: orders 100 (28.00) and 101 (10.00)
        Assert.Equal("North", json.RootElement.GetProperty("byRegion")[0].GetProperty("label").GetString());
    }

    [Fact]
    public void Bad_conditions_exit_2_with_every_problem_on_its_own_line()
    {
        var result = CliProcess.Run("segment", "preview", "--warehouse", _warehouse.Path, "--conditions",
            Conditions("""{"groups":[{"anyOf":[{"field":"region","op":"in","values":["Mars"]},{"field":"orders","op":"between","min":-1}]}]}"""));
        Assert.Equal(2, result.ExitCode);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith("Condition 1 (Region): 'Mars' is not a value the warehouse knows", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Condition 2 (Number of completed orders): the minimum must be 0 to", StringComparison.Ordinal));
        Assert.Equal(2, CliProcess.Run("segment", "preview", "--warehouse", _warehouse.Path, "--conditions", Conditions("{ not json")).ExitCode);
    }

    [Fact]
    public void Save_then_list_and_show_read_the_same_segment()
    {
        var save = CliProcess.Run("segment", "save", "--conditions", Conditions(South), "--name", "South (cli)", "--description", "from a file",
            "--user", "script", "--warehouse", _warehouse.Path);
        Assert.True(save.ExitCode == 0, save.Stderr);
        Assert.Matches(@"segment \d+ saved: 1 customers", save.Stdout);
        var list = CliProcess.Run("segment", "list", "--format", "json", "--warehouse", _warehouse.Path);
        using var json = JsonDocument.Parse(list.Stdout);
        var saved = json.RootElement.EnumerateArray().Single(s => s.GetProperty("name").GetString() == "South (cli)");
        Assert.Equal(1, saved.GetProperty("members").GetInt64());
        var id = saved.GetProperty("id").GetInt32();
        var show = CliProcess.Run("segment", "show", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json", "--warehouse", _warehouse.Path);
        using var shown = JsonDocument.Parse(show.Stdout);
        Assert.Equal("region", shown.RootElement.GetProperty("definition").GetProperty("groups")[0].GetProperty("anyOf")[0].GetProperty("field").GetString());
        Assert.Equal(1, shown.RootElement.GetProperty("history").GetArrayLength());
        Assert.Equal(2, CliProcess.Run("segment", "show", "999", "--warehouse", _warehouse.Path).ExitCode);
    }

    public void Dispose() => _files.Dispose();
}
