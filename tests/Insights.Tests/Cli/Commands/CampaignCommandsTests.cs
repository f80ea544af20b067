using System.Globalization;
using System.Text.Json;

namespace Insights.Tests.Cli.Commands;

/// <summary>`insights campaign create|list|readout|treatment` as separate processes on the tiny world (TestData/tiny: four customers).</summary>
public sealed class CampaignCommandsTests : IClassFixture<TinyWarehouseFile>, IDisposable
{
    readonly TinyWarehouseFile _warehouse;
    readonly TempFolder _files = new();

    public CampaignCommandsTests(TinyWarehouseFile warehouse) => _warehouse = warehouse;

    // a saved segment of all four customers, through the segment command
    string SaveEveryone(string name)
    {
        var path = _files.File(Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, """{"groups":[{"anyOf":[{"field":"orders","op":"between","min":0}]}]}""");
        var save = CliProcess.Run("segment", "save", "--conditions", path, "--name", name, "--warehouse", _warehouse.Path);
        Assert.True(save.ExitCode == 0, save.Stderr);
        return System.Text.RegularExpressions.Regex.Match(save.Stdout, @"segment (\d+) saved").Groups[1].Value;
    }

    [Fact]
    public void Create_then_list_readout_and_treatment_read_the_same_campaign()
    {
        var segment = SaveEveryone("Everyone (campaign cli)");
        var create = CliProcess.Run("campaign", "create", "--segment", segment, "--name", "CLI spring", "--offer", "=1+1 free",
            "--start", "2024-01-01", "--window", "30", "--control", "50", "--seed", "5", "--user", "script", "--warehouse", _warehouse.Path);
        Assert.True(create.ExitCode == 0, create.Stderr);
        Assert.Matches(@"campaign \d+ created: 2 treated, 2 in control \(seed 5\)", create.Stdout);
        var id = System.Text.RegularExpressions.Regex.Match(create.Stdout, @"campaign (\d+)").Groups[1].Value;

        var list = CliProcess.Run("campaign", "list", "--format", "json", "--warehouse", _warehouse.Path);
        using var listed = JsonDocument.Parse(list.Stdout);
        var row = listed.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "CLI spring");
        Assert.Equal((5L, 2L, "script"), (row.GetProperty("seed").GetInt64(), row.GetProperty("count_control").GetInt64(), row.GetProperty("created_by").GetString()));
        var csv = CliProcess.Run("campaign", "list", "--format", "csv", "--warehouse", _warehouse.Path);
        Assert.Contains("\"'=1+1 free\"", csv.Stdout, StringComparison.Ordinal);   // the offer is a formula to a spreadsheet: neutralised

        var readout = CliProcess.Run("campaign", "readout", id, "--format", "json", "--warehouse", _warehouse.Path);
        Assert.True(readout.ExitCode == 0, readout.Stderr);
        using var read = JsonDocument.Parse(readout.Stdout);
        Assert.Equal(int.Parse(id, CultureInfo.InvariantCulture), read.RootElement.GetProperty("campaign").GetProperty("campaign_id").GetInt32());
        Assert.Equal("Complete", read.RootElement.GetProperty("progress").GetString());   // the tiny world's orders run past 2024-01-30
        var customers = read.RootElement.GetProperty("rows")[0];
        Assert.Equal(("customers", 2, 2), (customers.GetProperty("measure").GetString(), customers.GetProperty("treatment").GetInt32(), customers.GetProperty("control").GetInt32()));

        var treatment = CliProcess.Run("campaign", "treatment", id, "--format", "csv", "--warehouse", _warehouse.Path);
        var lines = treatment.Stdout.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("customer_id,preferred_name,full_name,email,region,segment,offer_category,offer_reason,offer_expected_revenue", lines[0]);
        Assert.Equal(3, lines.Length);   // header and the two treated customers
    }

    [Fact]
    public void A_request_breaking_the_rules_exits_2_with_each_problem_on_its_own_line()
    {
        var segment = SaveEveryone("Everyone (refusals)");
        var result = CliProcess.Run("campaign", "create", "--segment", segment, "--name", " ", "--offer", "x", "--start", "2024-01-01",
            "--window", "400", "--control", "60", "--warehouse", _warehouse.Path);

        Assert.Equal(2, result.ExitCode);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["Give the campaign a name.", "The window must be 7 to 365 days; 400 was given.", "The control share must be 1 to 50%; 60% was given."], lines);
        Assert.Equal(2, CliProcess.Run("campaign", "readout", "999", "--warehouse", _warehouse.Path).ExitCode);
    }

    public void Dispose() => _files.Dispose();
}
