using System.Globalization;
using System.Text.RegularExpressions;

namespace Insights.Tests.Cli.Commands;

/// <summary>`insights demo generate` as its own process: it writes the demo sources, ending on the day given, and says what it wrote.</summary>
public sealed class DemoCommandsTests : IDisposable
{
    readonly TempFolder _folder = new();

    string Sources => _folder.File("sources");

    [Fact]
    public void Generate_writes_the_sources_up_to_the_end_date_and_its_summary_counts_the_rows_written()
    {
        var run = CliProcess.Run("demo", "generate", "--scale", "0.001", "--seed", "7", "--end-date", "2024-06-30", "--sources", Sources);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var summary = Regex.Match(run.Stdout, @"^customers (\d+), products (\d+), orders (\d+), order lines (\d+), returns (\d+), contacts (\d+), complaints (\d+)");
        Assert.True(summary.Success, run.Stdout);
        Assert.Equal(Count(summary, 1), DataLines("operational/customers.csv"));
        Assert.Equal(Count(summary, 2), DataLines("operational/products.csv"));
        Assert.Equal(Count(summary, 3), DataLines("operational/orders.csv"));
        Assert.Equal(Count(summary, 4), DataLines("operational/order_lines.csv"));
        Assert.Equal(Count(summary, 5), DataLines("operational/returns.csv"));
        Assert.Equal(Count(summary, 6), DataLines("contacts/contacts.csv"));
        Assert.Equal(Count(summary, 7), File.ReadLines(Path.Combine(Sources, "complaints", "complaints.jsonl")).Count());
        // the history ends on the end date: no order after it, and the last days have orders
        var ordered = File.ReadLines(Path.Combine(Sources, "operational", "orders.csv")).Skip(1)
            .Select(l => DateOnly.ParseExact(l.Split(',')[2][..10], "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        Assert.True(ordered.Max() <= new DateOnly(2024, 6, 30), $"an order on {ordered.Max()}");
        Assert.True(ordered.Max() >= new DateOnly(2024, 6, 23), $"the last order is on {ordered.Max()}");
    }

    [Fact]
    public void A_bad_end_date_is_a_usage_error_and_writes_nothing()
    {
        var run = CliProcess.Run("demo", "generate", "--scale", "0.001", "--end-date", "2024-02-30", "--sources", Sources);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("--end-date must be a date as yyyy-MM-dd, not '2024-02-30'.", run.Stderr.Trim());
        Assert.False(Directory.Exists(Sources), "sources were written");
    }

    static long Count(Match summary, int group) => long.Parse(summary.Groups[group].Value, CultureInfo.InvariantCulture);

    long DataLines(string file) => File.ReadLines(Path.Combine(Sources, file)).Skip(1).LongCount();

    public void Dispose() => _folder.Dispose();
}
