using System.Globalization;
using System.Text.Json;

namespace Insights.Tests.Cli.Commands;

/// <summary>
/// `insights report intervals` as a separate process, on the CDNOW sample loaded by `insights etl run` with a settings file
/// (the commands of docs/reports/intervals.md): same numbers as the page, parameters as JSON fields or as CSV rows.
/// </summary>
public sealed class IntervalsReportCommandTests : IClassFixture<IntervalsReportCommandTests.LoadedWarehouse>
{
    public sealed class LoadedWarehouse : IDisposable
    {
        public LoadedWarehouse()
        {
            var files = Folder.File("cdnow");
            Directory.CreateDirectory(files);
            File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "cdnow", "CDNOW_sample.txt"), Path.Combine(files, "CDNOW_sample.txt"));
            File.WriteAllText(Settings, JsonSerializer.Serialize(new
            {
                Etl = new
                {
                    MappedFiles = new[]
                    {
                        new
                        {
                            Name = "cdnow", Folder = files, Pattern = "*.txt", Delimiter = "whitespace", Header = false,
                            Columns = new[] { "master_id", "customer_id", "date", "cds", "dollars" },
                            Map = new Dictionary<string, string> { ["customer_id"] = "customer_id", ["ordered_at"] = "date", ["quantity"] = "cds", ["amount"] = "dollars" },
                            DateFormat = "%Y%m%d", DefaultChannel = "web",
                        },
                    },
                },
            }));
            var load = CliProcess.Run("etl", "run", "--source", "cdnow", "--settings", Settings, "--warehouse", Warehouse);
            if (load.ExitCode != 0) throw new InvalidOperationException(load.Stderr);
        }

        public TempFolder Folder { get; } = new();

        public string Settings => Folder.File("cdnow.json");

        public string Warehouse => Folder.File("w.duckdb");

        public void Dispose() => Folder.Dispose();
    }

    readonly LoadedWarehouse _cdnow;

    public IntervalsReportCommandTests(LoadedWarehouse cdnow) => _cdnow = cdnow;

    // in customer order, so a row is found by its position; the default order is the page's (clv), checked below
    CliProcess.Result Report(params string[] options) =>
        CliProcess.Run(["report", "intervals", "--warehouse", _cdnow.Warehouse, "--calibration-end", "1997-09-30", "--unit", "weeks", "--horizon", "39",
            "--sort", "customer", .. options]);

    [Fact]
    public void Json_carries_the_parameters_their_diagnostics_and_every_customer()
    {
        var run = Report("--format", "json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var bg = json.RootElement.GetProperty("bgNbd");
        Assert.Equal(0.243, bg.GetProperty("parameters").GetProperty("r").GetDouble(), 0.005);
        Assert.Equal(2.426, bg.GetProperty("parameters").GetProperty("b").GetDouble(), 0.005);
        Assert.True(bg.GetProperty("diagnostics").GetProperty("trusted").GetBoolean());
        Assert.Equal(15.44, json.RootElement.GetProperty("gammaGamma").GetProperty("parameters").GetProperty("v").GetDouble(), 0.01);
        var scores = json.RootElement.GetProperty("scores");
        Assert.Equal(2357, scores.GetArrayLength());
        var first = scores[0];
        Assert.Equal(1, first.GetProperty("customerId").GetInt32());
        Assert.Equal(1.226, first.GetProperty("expectedPurchases").GetDouble(), 0.001);
        Assert.Equal(24.65, first.GetProperty("expectedAverageSpend").GetDouble(), 0.1);
    }

    [Fact]
    public void Csv_is_one_row_per_customer_and_parameters_have_their_own_view()
    {
        var customers = Report("--format", "csv");
        var parameters = Report("--format", "csv", "--view", "parameters");

        Assert.True(customers.ExitCode == 0, customers.Stderr);
        var lines = customers.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2358, lines.Length);
        Assert.Equal("1,2,30.428571,38.857143,22.345", string.Join(',', lines[1].Split(',').Take(5)));
        var rows = parameters.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(9, rows.Count);   // r, alpha, a, b, log-likelihood; p, q, v, log-likelihood
        var alpha = rows.Single(r => r[0] == "bg_nbd" && r[1] == "alpha");
        Assert.Equal(4.414, double.Parse(alpha[2], CultureInfo.InvariantCulture), 0.005);
        Assert.Equal("true", alpha[4]);
    }

    [Fact]
    public void Without_a_sort_the_customers_come_in_the_page_s_default_order_highest_clv_first()
    {
        var byDefault = CliProcess.Run("report", "intervals", "--warehouse", _cdnow.Warehouse, "--calibration-end", "1997-09-30", "--format", "csv");
        var byCustomer = CliProcess.Run("report", "intervals", "--warehouse", _cdnow.Warehouse, "--calibration-end", "1997-09-30", "--format", "csv",
            "--sort", "customer");

        Assert.True(byDefault.ExitCode == 0, byDefault.Stderr);
        var lines = byDefault.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var clv = Array.IndexOf(lines[0].Split(','), "clv");
        var values = lines.Skip(1).Select(l => double.Parse(l.Split(',')[clv], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(values.OrderByDescending(v => v), values);
        Assert.NotEqual(byCustomer.Stdout, byDefault.Stdout);
        Assert.Equal(byCustomer.Stdout.Split("\r\n").Order(), byDefault.Stdout.Split("\r\n").Order());   // same rows, another order
    }

    [Fact]
    public void Bad_dates_are_bad_usage()
    {
        var run = CliProcess.Run("report", "intervals", "--warehouse", _cdnow.Warehouse, "--calibration-end", "30/09/1997");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--calibration-end must be a date as yyyy-MM-dd", run.Stderr);
    }
}
