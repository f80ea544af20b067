using System.Text.Json;

namespace Insights.Tests.Cli.Commands;

/// <summary>`insights report loyalty` as its own process on the seven-customer world: the page's numbers, as csv or json.</summary>
public sealed class LoyaltyReportCommandTests : IClassFixture<LoyaltyReportCommandTests.WorldFile>
{
    /// <summary>The loyalty world written to a file and closed, so the CLI can open it.</summary>
    public sealed class WorldFile : IDisposable
    {
        readonly LoyaltyWorld _world = new();

        public WorldFile()
        {
            Path = _world.Host.Folder.File("warehouse.duckdb");
            _world.Host.Dispose();
        }

        public string Path { get; }

        public void Dispose() => _world.Dispose();
    }

    readonly WorldFile _file;

    public LoyaltyReportCommandTests(WorldFile file) => _file = file;

    CliProcess.Result Run(params string[] args) => CliProcess.Run(["report", "loyalty", .. args, "--warehouse", _file.Path]);

    [Fact]
    public void Rfm_as_json_gives_the_segment_numbers_of_the_page()
    {
        var result = Run("rfm", "--format", "json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var rows = JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray().ToList();
        var lost = rows.Single(r => r.GetProperty("segment").GetString() == "Lost");
        Assert.Equal(2, lost.GetProperty("count_customers").GetInt64());
        Assert.Equal(550.00m, lost.GetProperty("net_amount").GetDecimal());
        Assert.Equal(183.33m, lost.GetProperty("avg_order_value").GetDecimal());
    }

    [Fact]
    public void Customers_as_csv_is_the_target_list_behind_a_migration_flow()
    {
        var result = Run("customers", "--period", "month", "--from-segment", "Loyal", "--segment", "Lost", "--format", "csv");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var lines = result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("5,Ed Spring,Ed,,North,Lost,1,2,1,88,2,50.00,0.5,2024-03-03,2024-04-04", lines[1]);
    }

    [Fact]
    public void Customers_show_full_names_and_emails_since_the_cli_runs_beside_the_files()
    {
        var csv = Run("customers", "--segment", "Champions", "--format", "csv");
        var json = Run("customers", "--segment", "Champions", "--format", "json");

        Assert.True(csv.ExitCode == 0, csv.Stderr);
        Assert.StartsWith("1,Ada Early,Ada,ada@example.com,North,Champions,", csv.Stdout.Split("\r\n")[1]);
        var ada = JsonDocument.Parse(json.Stdout).RootElement.EnumerateArray().Single();
        Assert.Equal(("Ada Early", "ada@example.com"), (ada.GetProperty("full_name").GetString(), ada.GetProperty("email").GetString()));
    }

    [Fact]
    public void Cohorts_with_filters_and_an_as_of_date()
    {
        var result = Run("cohorts", "--as-of", "2024-06-01", "--region", "North", "--format", "csv");

        Assert.True(result.ExitCode == 0, result.Stderr);
        // North before June: customers 1 (Jan, again in March), 2 (Feb), 5 (Mar, again in Apr), 7 (Apr)
        Assert.Contains("2024-01-01,2,1,1,1\r\n", result.Stdout);   // January cohort, month 2: customer 1
        Assert.Contains("2024-03-01,1,1,1,1\r\n", result.Stdout);   // March cohort, month 1: customer 5
        Assert.Contains("2024-04-01,1,1,0,0\r\n", result.Stdout);   // April cohort, month 1: nobody
    }

    [Fact]
    public void Unknown_filter_value_exits_2_with_the_allowed_values()
    {
        var result = Run("rfm", "--channel", "carrier-pigeon");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown channel \"carrier-pigeon\": use one of store, web", result.Stderr);
    }
}
