using System.Globalization;
using System.Text.Json;
using Insights.Etl;
using Insights.Etl.Sources;
using Microsoft.Extensions.Options;

namespace Insights.Tests.Etl.Sources.Mapped;

/// <summary>A transactions export in the user's own layout, loaded through a column mapping: CDNOW, and hand-made bad lines.</summary>
public sealed class MappedTransactionsTests : IDisposable
{
    readonly TempFolder _folder = new();

    [Fact]
    public void Cdnow_sample_loads_every_purchase_with_exact_amounts()
    {
        var folder = _folder.File("cdnow");
        CdnowSample.CopyTo(folder);
        using var host = new WarehouseHost(_folder, CdnowSample.Mapping(folder));
        // the independent tally: the file parsed here, line by line
        var lines = File.ReadAllLines(CdnowSample.File).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToList();

        var result = host.Get<EtlRunner>().Run("cdnow", "test", CancellationToken.None);

        Assert.Equal(new LoadCounts(lines.Count, lines.Count, 0), result.Counts);
        Assert.Equal(6919, lines.Count);
        Assert.Equal(lines.Sum(l => decimal.Parse(l[4], CultureInfo.InvariantCulture)),
            host.Scalar<decimal>("select sum(net_amount) from fct_order_line"));
        Assert.Equal(lines.Sum(l => int.Parse(l[3], CultureInfo.InvariantCulture)), host.Scalar<long>("select sum(quantity)::bigint from fct_order_line"));
        Assert.Equal(2357L, host.Scalar<long>("select count(distinct customer_key) from fct_order_line"));
        Assert.Equal(2357L, host.Scalar<long>("select count(*) from dim_customer where not is_inferred"));
        Assert.Equal("1997-01-01", host.Scalar<string>("select strftime(min(ordered_at), '%Y-%m-%d') from fct_order_line"));
        Assert.Equal(0L, host.Scalar<long>("select count(*) from fct_order_line where is_discounted"));
        // sample customer 1 (master 4): four purchases, 29.33 + 29.73 + 14.96 + 26.48
        Assert.Equal(100.50m, host.Scalar<decimal>(
            "select sum(f.net_amount) from fct_order_line f join dim_customer c using (customer_key) where c.customer_id = 1"));
    }

    [Fact]
    public void Bad_lines_are_quarantined_with_line_number_and_reason_and_the_rest_loads()
    {
        var folder = _folder.File("cdnow");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "mixed.txt"),
            " 00004 0001 19970101  2   29.33\r\n" +
            " 00005 0002 1997013x  1   10.00\r\n" +     // bad date
            " 00006 0003 19970105  1\r\n" +             // too few fields
            " 00007 000x 19970105  1   10.00\r\n" +     // bad customer id
            " 00008 0005 19970105  1   ten\r\n" +       // bad amount
            " 00009 0006 19970105  0   10.00\r\n" +     // zero quantity
            "\r\n" +                                    // blank line: not data, not an error
            " 00010 0007 19970106  1   12.49\r\n");
        using var host = new WarehouseHost(_folder, CdnowSample.Mapping(folder));

        var result = host.Get<EtlRunner>().Run("cdnow", "test", CancellationToken.None);

        Assert.Equal(new LoadCounts(7, 2, 5), result.Counts);
        var reasons = host.Rows("select row_ref, reason from quarantine_row order by row_ref").ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        Assert.Equal("date \"1997013x\" does not match the format %Y%m%d", reasons["line 2"]);
        Assert.Equal("line has 4 fields; the mapping expects 5", reasons["line 3"]);
        Assert.Equal("customer_id \"000x\" is not a whole number", reasons["line 4"]);
        Assert.Equal("amount \"ten\" is not a number (like 12.50)", reasons["line 5"]);
        Assert.Equal("quantity \"0\" is not a positive whole number", reasons["line 6"]);
        Assert.Equal(41.82m, host.Scalar<decimal>("select sum(net_amount) from fct_order_line"));
    }

    [Fact]
    public void Hostile_lines_are_quarantined_each_with_its_reason_and_every_good_line_loads_exactly()
    {
        var folder = _folder.File("cdnow");
        Directory.CreateDirectory(folder);
        byte[] Text(string s) => System.Text.Encoding.UTF8.GetBytes(s);
        File.WriteAllBytes(Path.Combine(folder, "hostile.txt"), [
            .. Text(" 1 90001 19970101 1 10.00\r\n"),                      // 1 good (CRLF)
            .. Text(" 2 90002 19970102 1 12."), 0xFF, 0xFE, .. Text("00\n"),  // 2 not UTF-8
            .. Text(" 3 90023 18500105 1 12.00\n"),                         // 3 before the earliest date
            .. Text(" 4 90007 19970105 1 12.00 7\r"),                       // 4 a field too many (lone CR ends it)
            .. Text(" 5 90005 20990105 1 12.00\n"),                         // 5 in the future
            .. Text(" 6 90006 19970105 2.5 12.00\n"),                       // 6 a fraction in a whole-number column
            .. Text(" 7 90008 19970105 1 12.345\r\n"),                     // 7 more decimals than an amount has
            .. Text(" 8 90009 19970105 1 12."), 0x00, .. Text("00\n"),      // 8 a NUL byte
            .. Text(" 9 90010 19970106 3 30.01"),                           // 9 good, no final line break
        ]);
        using var host = new WarehouseHost(_folder, CdnowSample.Mapping(folder));

        var result = host.Get<EtlRunner>().Run("cdnow", "test", CancellationToken.None);

        Assert.Equal("succeeded", result.Status);
        Assert.Equal(new LoadCounts(9, 2, 7), result.Counts);
        var reasons = host.Rows("select row_ref, reason, raw_content from quarantine_row").ToDictionary(r => (string)r[0]!, r => ((string)r[1]!, (string)r[2]!));
        Assert.Equal("bad encoding: the line is not valid UTF-8", reasons["line 2"].Item1);
        Assert.Equal(@" 2 90002 19970102 1 12.\xFF\xFE00", reasons["line 2"].Item2);
        Assert.Equal("date 1850-01-05 00:00:00 is before the earliest date 1900-01-01 (Etl:EarliestDate)", reasons["line 3"].Item1);
        Assert.Equal("line has 6 fields; the mapping expects 5", reasons["line 4"].Item1);
        Assert.StartsWith("date 2099-01-05 00:00:00 is in the future: after the load's time plus 1 day (", reasons["line 5"].Item1);
        Assert.Equal("quantity \"2.5\" is not a whole number", reasons["line 6"].Item1);
        Assert.Equal("amount \"12.345\" has more than 2 decimals", reasons["line 7"].Item1);
        Assert.Equal(@"the line contains a NUL byte (\x00), which is not text", reasons["line 8"].Item1);
        var loaded = host.Rows("select c.customer_id, f.quantity, f.net_amount from fct_order_line f join dim_customer c using (customer_key) order by 1");
        Assert.Equal([[90001, 1, 10.00m], [90010, 3, 30.01m]], loaded.ToArray());
    }

    [Fact]
    public void An_order_older_than_its_customers_first_version_joins_that_version()
    {
        var folder = _folder.File("cdnow");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "old.txt"), " 1 90023 18500105 1 12.00\n 2 90023 19970105 1 8.00\n");
        var settings = CdnowSample.Mapping(folder);
        settings["Etl:EarliestDate"] = "1800-01-01";
        using var host = new WarehouseHost(_folder, settings);

        var result = host.Get<EtlRunner>().Run("cdnow", "test", CancellationToken.None);

        Assert.Equal(new LoadCounts(2, 2, 0), result.Counts);
        Assert.Equal([["1850-01-05", 90023, 12.00m], ["1997-01-05", 90023, 8.00m]], host.Rows(
            "select strftime(f.ordered_at, '%Y-%m-%d'), c.customer_id, f.net_amount from fct_order_line f " +
            "join dim_customer c using (customer_key) order by 1").ToArray());
    }

    [Fact]
    public void The_future_tolerance_is_configurable()
    {
        var folder = _folder.File("cdnow");
        Directory.CreateDirectory(folder);
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Combine(folder, "soon.txt"), $" 1 1 {tomorrow} 1 12.00\n");
        var settings = CdnowSample.Mapping(folder);
        settings["Etl:FutureTolerance"] = "00:00:00";
        using var host = new WarehouseHost(_folder, settings);

        var result = host.Get<EtlRunner>().Run("cdnow", "test", CancellationToken.None);

        Assert.Equal(new LoadCounts(1, 0, 1), result.Counts);
        Assert.Contains("is in the future: after the load's time plus 0 minutes", host.Scalar<string>("select reason from quarantine_row"));
    }

    [Fact]
    public void Reloading_and_changing_the_file_never_duplicates_a_purchase()
    {
        var folder = _folder.File("cdnow");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "cdnow.txt");
        File.WriteAllText(file, " 1 1 19970101 1 10.00\n 2 2 19970102 1 20.00\n");
        using var host = new WarehouseHost(_folder, CdnowSample.Mapping(folder));
        var runner = host.Get<EtlRunner>();
        runner.Run("cdnow", "test", CancellationToken.None);

        var rerun = runner.Run("cdnow", "test", CancellationToken.None);
        File.WriteAllText(file, " 1 1 19970101 1 10.00\n 2 2 19970102 1 25.00\n 3 3 19970103 2 30.00\n");
        var changed = runner.Run("cdnow", "test", CancellationToken.None);

        Assert.Equal(LoadCounts.None, rerun.Counts);
        Assert.Equal(new LoadCounts(3, 2, 0, 1), changed.Counts);
        Assert.Equal(3L, host.Scalar<long>("select count(*) from fct_order_line"));
        Assert.Equal(65.00m, host.Scalar<decimal>("select sum(net_amount) from fct_order_line"));
    }

    [Fact]
    public void Mapping_without_a_required_field_stops_start_up()
    {
        var settings = CdnowSample.Mapping(_folder.File("cdnow"));
        settings.Remove("Etl:MappedFiles:0:Map:amount");

        var error = Assert.Throws<OptionsValidationException>(() => new WarehouseHost(_folder, settings));
        Assert.Contains("Map must name a column of Columns for 'amount'", error.Message);
    }

    [Fact]
    public void Cli_loads_a_transactions_file_described_in_a_settings_file()
    {
        var folder = _folder.File("cdnow");
        CdnowSample.CopyTo(folder);
        var settings = _folder.File("cdnow.json");
        File.WriteAllText(settings, JsonSerializer.Serialize(new
        {
            Etl = new
            {
                MappedFiles = new[]
                {
                    new
                    {
                        Name = "cdnow", Folder = folder, Pattern = "*.txt", Delimiter = "whitespace",
                        Columns = new[] { "master_id", "customer_id", "date", "cds", "dollars" },
                        Map = new Dictionary<string, string> { ["customer_id"] = "customer_id", ["ordered_at"] = "date", ["quantity"] = "cds", ["amount"] = "dollars" },
                        DateFormat = "%Y%m%d",
                    },
                },
            },
        }));

        var run = CliProcess.Run("etl", "run", "--source", "cdnow", "--settings", settings, "--warehouse", _folder.File("w.duckdb"));

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("cdnow: run 1 succeeded; read 6919, loaded 6919, quarantined 0", run.Stdout);
    }

    public void Dispose() => _folder.Dispose();
}
