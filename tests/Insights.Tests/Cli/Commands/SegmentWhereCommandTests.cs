using System.Text.Json;
using Insights.Reports.Pages.Segments;
using Insights.Tests.Reports.Pages.Segments;
using Insights.Warehouse;

namespace Insights.Tests.Cli.Commands;

/// <summary>
/// `segment preview --where ...` as a separate process on the segments world (TestData/segments/README.md: eight customers, the
/// model figures and every condition's members by hand), written to a file and closed so the CLI can open it.
/// </summary>
public sealed class SegmentWhereCommandTests(SegmentsWorldFile warehouse) : IClassFixture<SegmentsWorldFile>
{
    JsonElement Preview(params string[] args)
    {
        var result = CliProcess.Run(["segment", "preview", .. args, "--format", "json", "--warehouse", warehouse.Path]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    [Fact]
    public void Where_options_are_and_ed_conditions_with_values_ranges_and_days()
    {
        // regions South or North: 1-7; orders 2-3: 1, 2, 5, 7; price class not Brand loyal (a value with a space): 2, 5 (not 1, 7)
        var json = Preview("--where", "region in South, North", "--where", "orders between 2 3", "--where", "price_class not_in Brand loyal");
        Assert.Equal(2, json.GetProperty("members").GetInt64());
        Assert.Equal(170.00m, json.GetProperty("netAmount").GetDecimal());         // 120 + 50
        Assert.Equal(102.75, json.GetProperty("meanClvAmount").GetDouble());        // (180 + 25.50) / 2
        Assert.Equal(2, json.GetProperty("membersWithClv").GetInt64());

        // overdue in Games or Books: 5, 7; net spend at most 60 (open minimum): 4, 5, 6, 8; no self-service within 3,650 days
        // of the CLI's today (2026 or later: every contact of the world, 2023-2024, is within): 1, 3, 4, 5, 6, 7
        json = Preview("--where", "overdue in_category Games,Books", "--where", "net_spend between - 60", "--where", "self_service not_within 3650");
        Assert.Equal(1, json.GetProperty("members").GetInt64());
        Assert.Equal(50.00m, json.GetProperty("netAmount").GetDecimal());
        Assert.Equal(25.50, json.GetProperty("meanClvAmount").GetDouble());
    }

    [Fact]
    public void Preview_json_says_when_no_member_has_a_clv()
    {
        var json = Preview("--where", "region in East");   // 8: no purchase, no score
        Assert.Equal(JsonValueKind.Null, json.GetProperty("meanClvAmount").ValueKind);
        Assert.Equal(0, json.GetProperty("membersWithClv").GetInt64());
    }

    [Fact]
    public void Malformed_where_options_exit_2_with_one_line_each()
    {
        var result = CliProcess.Run("segment", "preview", "--warehouse", warehouse.Path,
            "--where", "region", "--where", "orders between two", "--where", "category within Books", "--where", "orders between 1 2 3");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith("--where \"region\": give a field and an operator", StringComparison.Ordinal));
        Assert.Contains("--where \"orders between two\": the minimum 'two' is not a number (write it as 12 or 12.50; - for an open end).", lines);
        Assert.Contains(lines, l => l.StartsWith("--where \"category within Books\": write \"category within DAYS [VALUE,...]\"", StringComparison.Ordinal));
        Assert.Contains("--where \"orders between 1 2 3\": write \"orders between MIN [MAX]\", with - for an open end.", lines);

        // a well-formed option that breaks a rule gets the compiler's message, as a JSON file would
        var unknown = CliProcess.Run("segment", "preview", "--warehouse", warehouse.Path, "--where", "region in Mars");
        Assert.Equal(2, unknown.ExitCode);
        Assert.StartsWith("Condition 1 (Region): 'Mars' is not a value the warehouse knows", unknown.Stderr.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Overdue_in_a_category_exits_2_with_the_reason_until_a_fit_has_written_it()
    {
        // an upgraded warehouse: its fit row predates migration 0048, so nothing says the categories were written
        using var folder = new TempFolder();
        using (var host = new WarehouseHost(folder))
        {
            SegmentsWorld.Fill(host.Get<DuckDbWarehouse>(), host.Get<ModelRunner>());
            using var connection = host.Get<DuckDbWarehouse>().OpenConnection();
            connection.ExecuteNonQuery("update mart_customer_score_fit set category_overdue_run_id = null");
        }
        var path = folder.File("warehouse.duckdb");
        foreach (var command in new[] { new[] { "segment", "preview" }, ["segment", "save", "--name", "overdue books"] })
        {
            var result = CliProcess.Run([.. command, "--warehouse", path, "--where", "overdue in_category Books"]);
            Assert.Equal(2, result.ExitCode);
            Assert.Equal("", result.Stdout);
            Assert.Equal("Condition 1 (Overdue): " + SegmentModelState.CategoryOverdueNotWritten, result.Stderr.Trim());
        }
        var ownRhythm = CliProcess.Run("segment", "preview", "--warehouse", path, "--where", "overdue own_rhythm", "--format", "json");
        Assert.True(ownRhythm.ExitCode == 0, ownRhythm.Stderr);
        Assert.Equal(1, JsonDocument.Parse(ownRhythm.Stdout).RootElement.GetProperty("members").GetInt64());   // customer 2
    }

    [Fact]
    public void Conditions_come_from_a_file_or_options_never_both_nor_neither()
    {
        using var folder = new TempFolder();
        var file = folder.File("south.json");
        File.WriteAllText(file, """{"groups":[{"anyOf":[{"field":"region","op":"in","values":["South"]}]}]}""");

        var both = CliProcess.Run("segment", "save", "--name", "x", "--warehouse", warehouse.Path, "--conditions", file, "--where", "region in South");
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("either in a JSON file (--conditions) or as --where options, not both", both.Stderr, StringComparison.Ordinal);

        var neither = CliProcess.Run("segment", "preview", "--warehouse", warehouse.Path);
        Assert.Equal(2, neither.ExitCode);
        Assert.Contains("Give the conditions: --conditions FILE (JSON), or one --where", neither.Stderr, StringComparison.Ordinal);
    }
}

/// <summary>The segments world (<see cref="SegmentsWorld.Fill"/>) in a warehouse file, closed so a CLI process can open it.</summary>
public sealed class SegmentsWorldFile : IDisposable
{
    readonly TempFolder _folder = new();

    public SegmentsWorldFile()
    {
        using (var host = new WarehouseHost(_folder))
            SegmentsWorld.Fill(host.Get<DuckDbWarehouse>(), host.Get<ModelRunner>());
        Path = _folder.File("warehouse.duckdb");
    }

    public string Path { get; }

    public void Dispose() => _folder.Dispose();
}
