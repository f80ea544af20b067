using System.Globalization;
using System.Text.Json;
using Insights.Etl;
using Insights.Etl.Sources;
using Insights.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace Insights.Tests.Etl.Mapped;

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
        Assert.Equal("amount \"ten\" is not a number", reasons["line 5"]);
        Assert.Equal("quantity \"0\" is not a positive whole number", reasons["line 6"]);
        Assert.Equal(41.82m, host.Scalar<decimal>("select sum(net_amount) from fct_order_line"));
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
