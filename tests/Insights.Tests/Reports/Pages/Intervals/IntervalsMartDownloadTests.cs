using System.Globalization;
using System.Net;
using Insights.Reports.Pages.Intervals;
using Insights.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace Insights.Tests.Reports.Pages.Intervals;

/// <summary>
/// The intervals downloads of the page's default view stream from the scores kept after the load (issue 22) with the rows the
/// live computation gives, and a stream begun before a load's commit finishes with the state it began with.
/// </summary>
public sealed class IntervalsMartDownloadTests : IClassFixture<IntervalsPageTests.LoadedSite>
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    readonly CdnowSiteFactory _site;
    readonly HttpClient _client;

    public IntervalsMartDownloadTests(IntervalsPageTests.LoadedSite site)
    {
        _site = site.Factory;
        _client = site.Factory.ClientAs(Roles.Marketing);
    }

    IntervalsSettings DefaultSettings() =>
        _site.Services.GetRequiredService<IntervalsQuery>().Resolve(new IntervalsFilter().InDays().Filter) ?? throw new InvalidOperationException("no purchases");

    static List<string> Lines(string csv) => [.. csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];

    [Fact]
    public async Task Win_back_list_of_the_default_view_comes_from_the_mart_with_the_live_rows_byte_for_byte()
    {
        var settings = DefaultSettings();
        var live = IntervalsQuery.OverdueCustomers(_site.Services.GetRequiredService<IntervalsQuery>().Gaps(settings), settings.OverdueFactor).ToList();
        using (var kept = _site.Services.GetRequiredService<IntervalsMart>().Overdue(settings, CancellationToken.None))
            Assert.NotNull(kept);   // the mart answers the default view: the download below is read from it

        var response = await _client.GetAsync("/intervals?handler=OverdueCsv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = Lines(await response.Content.ReadAsStringAsync());
        Assert.True(live.Count > 100, $"{live.Count} overdue customers: too few to compare");
        Assert.Equal(live.Count + 1, lines.Count);
        using var expected = new StringWriter();
        Insights.Reports.Export.CsvExport.Write(expected, CustomerGaps.CsvHeader, live.Select(g => g.CsvCells()));
        Assert.Equal(Lines(expected.ToString()), lines);
    }

    [Fact]
    public async Task Customers_of_the_default_view_come_from_the_mart_with_the_live_scores()
    {
        var settings = DefaultSettings();
        var live = IntervalsQuery.Sorted(_site.Services.GetRequiredService<IntervalsQuery>().Model(settings).Customers, "customer").ToList();

        var response = await _client.GetAsync("/intervals?handler=CustomersCsv&Filter.Sort=customer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = Lines(await response.Content.ReadAsStringAsync()).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(live.Count, rows.Count);
        for (var i = 0; i < live.Count; i++)
        {
            var (row, c) = (rows[i], live[i]);
            // the summary is the same numbers; the kept fit is the same model fitted in weeks, so its figures agree to the fit's precision
            Assert.Equal([c.CustomerId.ToString(Inv), c.Frequency.ToString(Inv), c.Recency.ToString(Inv), c.T.ToString(Inv)], row[..4]);
            Assert.Equal(c.MeanRepeatSpend, double.Parse(row[4], Inv), 6);
            Close(c.ProbabilityAlive, row[5]);
            Close(c.ExpectedPurchases, row[6]);
            Close(c.ExpectedAverageSpend, row[7]);
            Close(c.Clv, row[8]);
            Assert.Equal(["", ""], row[9..]);   // no hold-out in the default view
        }
    }

    static void Close(double? expected, string cell)
    {
        Assert.NotNull(expected);
        var actual = double.Parse(cell, Inv);
        Assert.True(Math.Abs(actual - expected.Value) <= 1e-4 * Math.Max(1, Math.Abs(expected.Value)), $"{actual} against {expected}");
    }

    [Fact]
    public void Both_downloads_read_in_chunks_of_customers_are_the_whole_sorted_read_row_for_row()
    {
        var settings = DefaultSettings();
        var warehouse = _site.Services.GetRequiredService<DuckDbWarehouse>();
        static List<string> Csv<T>(IEnumerable<T>? rows, Func<T, IReadOnlyList<object?>> cells) =>
            [.. (rows ?? throw new InvalidOperationException("the mart does not answer")).Select(r => string.Join(",", cells(r)))];
        var whole = new IntervalsMart(warehouse) { ChunkCustomers = int.MaxValue };
        // CDNOW's customers tie on frequency (most bought once) and P(alive): chunks begin inside ties, and in the nulls
        foreach (var chunk in new[] { 97, 1000 })
        {
            var chunked = new IntervalsMart(warehouse) { ChunkCustomers = chunk };
            foreach (var sort in new[] { "clv", "p_alive", "frequency", "customer" })
            {
                var expected = Csv(whole.Customers(settings, sort, CancellationToken.None), c => c.CsvCells());
                Assert.True(expected.Count > 2 * chunk, $"{expected.Count} customers: too few to split into chunks of {chunk}");
                Assert.Equal(expected, Csv(chunked.Customers(settings, sort, CancellationToken.None), c => c.CsvCells()));
            }
            Assert.Equal(Csv(whole.Overdue(settings, CancellationToken.None), g => g.CsvCells()),
                Csv(chunked.Overdue(settings, CancellationToken.None), g => g.CsvCells()));
        }
    }

    [Theory]
    [InlineData(null)]    // the site's chunks: one at this size
    [InlineData(500)]     // several: the chunks after the commit read the state the first one read
    public void A_stream_begun_before_a_commit_finishes_with_the_state_it_began_with(int? chunk)
    {
        var mart = chunk is { } customers
            ? new IntervalsMart(_site.Services.GetRequiredService<DuckDbWarehouse>()) { ChunkCustomers = customers }
            : _site.Services.GetRequiredService<IntervalsMart>();
        var settings = DefaultSettings();
        List<string> before;
        using (var whole = mart.Customers(settings, "customer", CancellationToken.None))
            before = [.. whole!.Select(c => string.Join(",", c.CsvCells()))];
        // more than one of DuckDB's chunks (2,048 rows): the rows after the first chunk are fetched after the commit
        Assert.True(before.Count > 2048, $"{before.Count} rows: a stream this short is read in one chunk");

        var read = new List<string>();
        using (var connection = _site.Services.GetRequiredService<DuckDbWarehouse>().OpenWriteConnection())
            connection.ExecuteNonQuery("create table kept_scores as select * from mart_customer_score");
        try
        {
            using (var rows = mart.Customers(settings, "customer", CancellationToken.None))
            {
                using var stream = rows!.GetEnumerator();
                for (var i = 0; i < 10 && stream.MoveNext(); i++) read.Add(string.Join(",", stream.Current.CsvCells()));
                // a load commits meanwhile, past the gate's wait for this reader (CommitGate.MaxWait): every kept score rewritten
                using var connection = _site.Services.GetRequiredService<DuckDbWarehouse>().OpenWriteConnection();
                using (var load = connection.BeginTransaction())
                {
                    connection.ExecuteNonQuery("update mart_customer_score set frequency = frequency + 1000");
                    load.Commit();
                }
                while (stream.MoveNext()) read.Add(string.Join(",", stream.Current.CsvCells()));
            }

            Assert.Equal(before, read);
            // and the next download reads the committed state
            using var after = mart.Customers(settings, "customer", CancellationToken.None);
            Assert.All(after!.Take(5), c => Assert.True(c.Frequency >= 1000, $"frequency {c.Frequency}"));
        }
        finally
        {
            using var connection = _site.Services.GetRequiredService<DuckDbWarehouse>().OpenWriteConnection();
            connection.ExecuteNonQuery("delete from mart_customer_score; insert into mart_customer_score select * from kept_scores; drop table kept_scores");
        }
    }
}
