using System.Text.Json;

namespace Insights.Tests.Cli.Commands;

/// <summary>
/// `insights report service complaints|sla|backlog|repeat-complainers` as its own process on the complaints world
/// (TestData/service/complaints): the page's numbers, as csv or json. The process runs on the real clock, long after the
/// world's 2024-07-01, so every open complaint with a target is past it.
/// </summary>
public sealed class ServiceComplaintsCommandTests : IClassFixture<ServiceComplaintsCommandTests.WorldFile>
{
    /// <summary>The complaints world written to a file and closed, so the CLI can open it.</summary>
    public sealed class WorldFile : IDisposable
    {
        readonly ServiceWorld _world = new("complaints");

        public WorldFile()
        {
            Path = _world.Host.Folder.File("warehouse.duckdb");
            _world.Host.Dispose();
        }

        public string Path { get; }

        public void Dispose() => _world.Dispose();
    }

    readonly WorldFile _file;

    public ServiceComplaintsCommandTests(WorldFile file) => _file = file;

    CliProcess.Result Run(params string[] args) => CliProcess.Run(["report", "service", .. args, "--warehouse", _file.Path]);

    [Fact]
    public void Complaints_by_complaint_category_as_csv_has_the_stable_columns_and_the_numbers()
    {
        var result = Run("complaints", "--by", "complaint-category", "--format", "csv");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var lines = result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("complaint_category,complaints,completed_orders,complaints_per_1000_orders,resolved,still_open,"
            + "resolution_hours_p50,resolution_hours_p90,with_sla_target,sla_breaches,", lines[0]);
        // delivery: C1 24 h, C6 36 h resolved, C4 open past its 240 h
        Assert.StartsWith("delivery,3,8,375,2,1,30,34.8,3,1,", lines[1]);
        // legacy: C9 from an old file: first response and reopens empty, and the note says why
        Assert.Equal("legacy,1,8,125,1,0,48,48,1,0,0,,,,,first_response_at and reopened_count not in the source", lines[4]);
    }

    [Fact]
    public void Complaints_by_order_channel_as_json_gives_no_rate_to_complaints_without_an_order()
    {
        var result = Run("complaints", "--by", "order-channel", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var rows = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("rows").EnumerateArray().ToList();
        var web = rows.Single(r => r.GetProperty("order_channel").GetString() == "web");
        Assert.Equal((4, 5, 800.0), (web.GetProperty("complaints").GetInt32(), web.GetProperty("completed_orders").GetInt32(),
            web.GetProperty("complaints_per_1000_orders").GetDouble()));
        var none = rows.Single(r => r.GetProperty("order_channel").GetString() == "(no order)");
        Assert.Equal(JsonValueKind.Null, none.GetProperty("complaints_per_1000_orders").ValueKind);
    }

    [Fact]
    public void Sla_as_csv_lists_the_targets_and_says_no_target_with_an_empty_cell()
    {
        var result = Run("sla", "--format", "csv");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var lines = result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("severity,target_hours,complaints,resolved,resolved_late,still_open,open_past_target,sla_breaches,sla_breach_share", lines[0]);
        Assert.Equal("critical,24,3,1,0,2,2,2,0.6667", lines[1]);   // C5 and C8 open past 24 h on the real clock
        Assert.Equal("cosmetic,,1,0,0,1,0,0,", lines[5]);
    }

    [Fact]
    public void Backlog_as_csv_puts_the_breaching_first_and_neutralises_formula_text()
    {
        var result = Run("backlog", "--format", "csv");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var lines = result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("complaint_id,customer_id,full_name,preferred_name,email,severity,", lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("4,2,Ben Ninety,Ben,ben@example.com,low,delivery,South,2024-05-31 09:00:00,", lines[1]);
        Assert.StartsWith("7,5,", lines[4]);                          // cosmetic: no target, never breaching
        Assert.Contains("\"'=HYPERLINK(", result.Stdout);
        Assert.DoesNotContain(",=HYPERLINK", result.Stdout);
    }

    [Fact]
    public void Repeat_complainers_as_json_with_a_period()
    {
        var result = Run("repeat-complainers", "--from", "2024-03-01", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var rows = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("customer_id").GetInt64(), r.GetProperty("shortest_gap_days").GetInt32())).ToList();
        Assert.Equal([(4L, 8), (5L, 46), (2L, 90)], rows);
    }

    [Fact]
    public void Unknown_breakdown_exits_2_with_the_allowed_values()
    {
        var result = Run("complaints", "--by", "weather");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("complaint-category", result.Stderr);
    }
}
