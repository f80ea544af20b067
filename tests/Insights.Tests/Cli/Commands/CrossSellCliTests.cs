using System.Globalization;
using System.Text.Json;

namespace Insights.Tests.Cli.Commands;

/// <summary>The Groceries commands of README.md and docs/etl.md, run through the real CLI: load the basket file, print every rule as csv and json.</summary>
public sealed class CrossSellCliTests : IDisposable
{
    readonly TempFolder _folder = new();

    [Fact]
    public void Groceries_loads_through_the_cli_and_report_cross_sell_rules_prints_all_410_rules_as_csv_and_json()
    {
        var files = _folder.File("files");
        Directory.CreateDirectory(files);
        File.Copy(GroceriesBaskets.Path, Path.Combine(files, "groceries.csv"));
        var settings = _folder.File("groceries.json");
        File.WriteAllText(settings, JsonSerializer.Serialize(new
        {
            Etl = new { MappedFiles = new[] { new { Name = "groceries", Folder = files, Pattern = "*.csv", Layout = "baskets", Delimiter = ",", DefaultDate = "2024-01-01" } } },
        }));
        var warehouse = _folder.File("w.duckdb");

        var load = CliProcess.Run("etl", "run", "--source", "groceries", "--settings", settings, "--warehouse", warehouse);
        var csv = CliProcess.Run("report", "cross-sell", "rules", "--warehouse", warehouse, "--min-support", "0.001", "--min-confidence", "0.8", "--format", "csv");
        var json = CliProcess.Run("report", "cross-sell", "rules", "--warehouse", warehouse, "--min-support", "0.001", "--min-confidence", "0.8",
            "--min-lift", "0", "--format", "json");

        Assert.Equal(0, load.ExitCode);
        Assert.Contains("read 9835, loaded 9835, quarantined 0, skipped 0", load.Stdout);
        Assert.Equal(0, csv.ExitCode);
        var lines = csv.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("antecedent,consequent,support,confidence,lift,leverage,conviction,count,antecedent_count,consequent_count", lines[0]);
        Assert.Equal(411, lines.Length);
        Assert.StartsWith("\"{liquor,red/blush wine}\",{bottled beer},", lines[1]);
        // confidence 1 means infinite conviction: "inf" in CSV, null in JSON
        var certain = lines.Skip(1).Count(l => l.Contains(",inf,", StringComparison.Ordinal));
        Assert.True(certain > 0);
        using var document = JsonDocument.Parse(json.Stdout);
        var model = document.RootElement.GetProperty("model");
        Assert.Equal(9835, model.GetProperty("baskets").GetInt32());
        Assert.Equal(13492, model.GetProperty("frequentItemsets").GetInt32());
        var rules = document.RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(410, rules.Count);
        Assert.Equal(certain, rules.Count(r => r.GetProperty("conviction").ValueKind == JsonValueKind.Null));
        // same numbers in both formats
        var first = lines[1].Split(',');
        Assert.Equal(rules[0].GetProperty("lift").GetDouble(), double.Parse(first[^6], CultureInfo.InvariantCulture), 12);
    }

    public void Dispose() => _folder.Dispose();
}
