using System.Text.Json;
using Insights.Warehouse;

namespace Insights.Tests.Cli.Commands;

/// <summary>
/// `insights report customer &lt;id&gt;` and `report customers --search` as separate processes, on the customer 360 world
/// (TestData/customers/README.md) written by a host that is then closed, so the CLI opens the file as a user would.
/// </summary>
public sealed class CustomerReportCommandTests : IClassFixture<CustomerReportCommandTests.WorldFile>
{
    /// <summary>The world's warehouse file, without scores: the first `report customer` computes them.</summary>
    public sealed class WorldFile : IDisposable
    {
        public WorldFile()
        {
            using var host = new WarehouseHost(Folder);
            ScoredCustomerWorld.Fill(host.Get<DuckDbWarehouse>(), host.Get<ModelRunner>());
        }

        public TempFolder Folder { get; } = new();

        public string Warehouse => Folder.File("warehouse.duckdb");

        public void Dispose() => Folder.Dispose();
    }

    readonly WorldFile _world;

    public CustomerReportCommandTests(WorldFile world) => _world = world;

    CliProcess.Result Run(params string[] args) => CliProcess.Run([.. args, "--warehouse", _world.Warehouse]);

    [Fact]
    public void The_profile_json_has_the_profile_scores_offers_and_timeline_in_snake_case()
    {
        var run = Run("report", "customer", "1");

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal(["customer", "scores", "offers", "open_complaints", "timeline"], root.EnumerateObject().Select(p => p.Name));
        var customer = root.GetProperty("customer");
        Assert.Equal("Björn", customer.GetProperty("preferred_name").GetString());
        Assert.Equal("Björn Ångström", customer.GetProperty("full_name").GetString());   // the CLI prints personal data whole
        Assert.Equal("Champions", customer.GetProperty("rfm").GetProperty("segment").GetString());
        var scores = root.GetProperty("scores");
        Assert.Equal("untrusted", scores.GetProperty("status").GetString());
        Assert.StartsWith("The purchase model (BG/NBD) fit is not trusted", scores.GetProperty("message").GetString());
        Assert.False(scores.GetProperty("fit").GetProperty("is_trusted").GetBoolean());
        Assert.Equal(90, scores.GetProperty("fit").GetProperty("horizon_days").GetInt32());
        var figures = scores.GetProperty("figures");
        Assert.Equal(JsonValueKind.Null, figures.GetProperty("p_alive").ValueKind);
        Assert.Equal(JsonValueKind.Null, figures.GetProperty("clv_amount").ValueKind);
        Assert.Equal(96, figures.GetProperty("median_gap_days").GetDouble());
        Assert.False(figures.GetProperty("is_overdue").GetBoolean());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("offers").ValueKind);
        var timeline = root.GetProperty("timeline");
        Assert.Equal(2, timeline.GetProperty("counts").GetProperty("orders").GetInt64());
        var events = timeline.GetProperty("events");
        Assert.Equal(7, events.GetArrayLength());
        Assert.Equal("complaint", events[0].GetProperty("kind").GetString());
        Assert.Equal(802, events[0].GetProperty("complaint_id").GetInt64());
        Assert.Equal("order", events[6].GetProperty("kind").GetString());
        Assert.Equal(100.00m, events[6].GetProperty("net_amount").GetDecimal());
    }

    [Fact]
    public void An_unknown_id_is_an_error_on_stderr_with_a_non_zero_exit()
    {
        var run = Run("report", "customer", "99");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("No customer with id 99 in the warehouse", run.Stderr);
    }

    [Fact]
    public void The_search_prints_csv_with_a_stable_header_and_json_rows()
    {
        var csv = Run("report", "customers", "--search", "bjorn", "--format", "csv");

        Assert.True(csv.ExitCode == 0, csv.Stderr);
        var lines = csv.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("customer_id,preferred_name,full_name,email,region,is_inferred,segment,last_ordered_on", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("1,Björn,Björn Ångström,bjorn@example.com,South,", lines[1]);
        Assert.StartsWith("5,Marta,", lines[2]);

        var json = Run("report", "customers", "--search", "example.org");
        Assert.True(json.ExitCode == 0, json.Stderr);
        using var doc = JsonDocument.Parse(json.Stdout);
        var row = doc.RootElement.GetProperty("rows").EnumerateArray().Single();
        Assert.Equal(3, row.GetProperty("customer_id").GetInt32());
        Assert.Equal("2024-02-20", row.GetProperty("last_ordered_on").GetString());
        Assert.False(doc.RootElement.GetProperty("has_more").GetBoolean());
    }

    [Fact]
    public void A_one_letter_search_is_a_usage_error()
    {
        var run = Run("report", "customers", "--search", "a");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("at least 2 characters", run.Stderr);
    }
}
