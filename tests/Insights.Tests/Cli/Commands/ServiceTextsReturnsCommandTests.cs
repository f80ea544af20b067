using System.Text.Json;
using Insights.Warehouse;

namespace Insights.Tests.Cli.Commands;

/// <summary>
/// `insights report service returns|terms|search` as their own processes on the returns and texts worlds
/// (TestData/service/returns and texts, README.md there): the numbers the query tests check, through the CLI.
/// </summary>
public sealed class ServiceTextsReturnsCommandTests(ServiceTextsReturnsCommandTests.Worlds worlds)
    : IClassFixture<ServiceTextsReturnsCommandTests.Worlds>
{
    /// <summary>Two warehouse files, closed so the CLI can open them: the returns world and the indexed texts world.</summary>
    public sealed class Worlds : IDisposable
    {
        readonly ServiceWorld _returns = new("returns");
        readonly ServiceWorld _texts = new("texts");

        public Worlds()
        {
            TextsWorld.Index(_texts.Host.Get<DuckDbWarehouse>());
            Returns = _returns.Host.Folder.File("warehouse.duckdb");
            Texts = _texts.Host.Folder.File("warehouse.duckdb");
            _returns.Host.Dispose();
            _texts.Host.Dispose();
        }

        public string Returns { get; }
        public string Texts { get; }

        public void Dispose()
        {
            _returns.Dispose();
            _texts.Dispose();
        }
    }

    static CliProcess.Result Run(string warehouse, params string[] args) => CliProcess.Run(["report", "service", .. args, "--warehouse", warehouse]);

    static JsonElement Rows(CliProcess.Result run, out JsonElement parameters)
    {
        Assert.True(run.ExitCode == 0, run.Stderr);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        parameters = root.GetProperty("parameters");
        return root.GetProperty("rows");
    }

    [Fact]
    public void Returns_by_category_as_json_with_snake_case_columns()
    {
        var rows = Rows(Run(worlds.Returns, "returns", "--from", "2024-01-01", "--to", "2024-02-29"), out var parameters);
        var kitchen = rows.EnumerateArray().Single(r => r.GetProperty("group").GetString() == "Kitchen");
        Assert.Equal(6, kitchen.GetProperty("sold_quantity").GetInt64());
        Assert.Equal(3, kitchen.GetProperty("returned_quantity").GetInt64());
        Assert.Equal(0.5, kitchen.GetProperty("quantity_return_rate").GetDouble(), 12);
        Assert.Equal(130.0 / 270, kitchen.GetProperty("refund_rate").GetDouble(), 9);
        Assert.Equal("category", parameters.GetProperty("by").GetString());
    }

    [Fact]
    public void Returns_by_customer_and_reason_as_csv()
    {
        var customers = Run(worlds.Returns, "returns", "--by", "customer", "--from", "2024-01-01", "--to", "2024-02-29", "--format", "csv");
        Assert.True(customers.ExitCode == 0, customers.Stderr);
        var lines = customers.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("customer_id,customer_name,email,sold_quantity,returned_quantity,quantity_return_rate,net_amount,refund_amount,refund_rate,returns", lines[0]);
        Assert.StartsWith("1,Ada North,ada@example.com,5,3,0.6,200.00,130.00,0.65,3", lines[1]);
        Assert.StartsWith("3,\"'=Cy <script>x</script>\",", lines[2]);

        var reasons = Run(worlds.Returns, "returns", "--by", "reason", "--from", "2024-01-01", "--to", "2024-02-29", "--format", "csv");
        Assert.Contains("damaged,,,,2,,,90.00,,2", reasons.Stdout);
    }

    [Fact]
    public void Terms_lists_each_categorys_words_by_lift()
    {
        var rows = Rows(Run(worlds.Texts, "terms", "--min-count", "2"), out _);
        var damaged = rows.EnumerateArray().Single(r => r.GetProperty("term").GetString() == "damaged");
        Assert.Equal("delivery", damaged.GetProperty("category").GetString());
        Assert.Equal(4, damaged.GetProperty("rank").GetInt32());
        Assert.Equal(5.0 / 3, damaged.GetProperty("lift").GetDouble(), 9);
        Assert.Equal(15, rows.GetArrayLength());
    }

    [Fact]
    public void Search_finds_accents_and_phrases_and_neutralises_formulas_in_csv()
    {
        var rows = Rows(Run(worlds.Texts, "search", "CRÈME"), out var parameters);
        Assert.Equal([6L, 5L], rows.EnumerateArray().Select(r => r.GetProperty("complaint_id").GetInt64()));
        Assert.Equal(2, parameters.GetProperty("total_matches").GetInt64());

        var csv = Run(worlds.Texts, "search", "\"charged twice\"", "--format", "csv");
        Assert.True(csv.ExitCode == 0, csv.Stderr);
        Assert.Contains("\"'=HYPERLINK(", csv.Stdout);
    }

    [Fact]
    public void A_search_over_ten_words_exits_2_with_the_message()
    {
        var run = Run(worlds.Texts, "search", "a b c d e f g h i j k");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("The search has 11 words; at most 10 are allowed.", run.Stderr);
    }
}
