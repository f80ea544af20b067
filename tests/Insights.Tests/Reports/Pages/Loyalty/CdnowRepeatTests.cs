using System.Globalization;
using Insights.Reports.Pages.Intervals;
using Insights.Reports.Pages.Loyalty;

namespace Insights.Tests.Reports.Pages.Loyalty;

/// <summary>
/// A repeat purchase is a later purchase day (several orders on one day are one purchase), on the loyalty page as in the
/// intervals report and the CDNOW literature: checked on CDNOW_sample.txt against the published calibration summary, against
/// the sample's own lines, and against the intervals report on the same customers.
/// </summary>
public sealed class CdnowRepeatTests(CdnowSampleWarehouse cdnow) : IClassFixture<CdnowSampleWarehouse>
{
    // the published summary's observation ends 1997-09-30: the loyalty page counts the orders before its as-of date
    static readonly DateOnly CalibrationAsOf = new(1997, 10, 1);

    LoyaltyQuery Query => cdnow.Host.Get<LoyaltyQuery>();

    [Fact]
    public void Repeat_customers_by_the_calibration_end_are_the_published_summary_customers_with_a_repeat_purchase()
    {
        var published = CdnowSummaries.Summary();

        var repeat = Query.Cohorts(Query.Resolve(new LoyaltyFilter { AsOf = CalibrationAsOf })).Repeat;

        Assert.Equal(published.Count, repeat.Customers);
        Assert.Equal(published.Count(c => c.Rf.Frequency > 0), repeat.RepeatCustomers);
    }

    [Theory]
    [InlineData("1997-10-01")]   // a filtered date: the order-line path
    [InlineData(null)]           // the default view: the marts
    public void Repeat_rate_and_days_to_second_purchase_follow_the_sample_purchase_days(string? asOf)
    {
        var scope = Query.Resolve(new LoyaltyFilter { AsOf = asOf is null ? null : DateOnly.Parse(asOf, CultureInfo.InvariantCulture) });
        Assert.Equal(asOf is null, Query.UsesMart(scope));
        var days = SampleDays(scope.AsOf);
        var toSecond = days.Values.Where(d => d.Count >= 2).Select(d => (double)(d[1].DayNumber - d[0].DayNumber)).Order().ToList();

        var repeat = Query.Cohorts(scope).Repeat;

        Assert.Equal((days.Count, toSecond.Count), (repeat.Customers, repeat.RepeatCustomers));
        Assert.Equal(toSecond.Average(), repeat.AvgDaysToSecond!.Value, 9);
        Assert.Equal(Median(toSecond), repeat.MedianDaysToSecond);
        // the sample has customers with several orders on one day, so counting orders would give another number
        Assert.NotEqual(SampleLinesPerCustomer(scope.AsOf).Count(n => n >= 2), repeat.RepeatCustomers);
    }

    [Fact]
    public void Loyalty_repeat_customers_are_the_intervals_report_customers_with_a_repeat_purchase()
    {
        var scope = Query.Resolve(new LoyaltyFilter());
        var intervals = cdnow.Host.Get<IntervalsQuery>();
        var settings = intervals.Resolve(new IntervalsFilter { CalibrationEnd = scope.AsOf.AddDays(-1) })!;

        var summary = intervals.Summary(settings);

        Assert.Equal(summary.Count(c => c.Frequency > 0), Query.Cohorts(scope).Repeat.RepeatCustomers);
    }

    // each customer's distinct purchase days before asOf, in order, straight from the sample's lines (sample id, yyyymmdd)
    static Dictionary<int, List<DateOnly>> SampleDays(DateOnly asOf) =>
        SampleLines(asOf).GroupBy(l => l.Id)
            .ToDictionary(g => g.Key, g => g.Select(l => l.Day).Distinct().Order().ToList());

    static IEnumerable<int> SampleLinesPerCustomer(DateOnly asOf) => SampleLines(asOf).GroupBy(l => l.Id).Select(g => g.Count());

    static IEnumerable<(int Id, DateOnly Day)> SampleLines(DateOnly asOf) =>
        File.ReadLines(CdnowSample.File)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(f => (Id: int.Parse(f[1], CultureInfo.InvariantCulture),
                Day: DateOnly.ParseExact(f[2], "yyyyMMdd", CultureInfo.InvariantCulture)))
            .Where(l => l.Day < asOf);

    // the customer export streams (beside the repeat checks: the same CDNOW warehouse, loaded once for the class)
    [Fact]
    public void The_default_views_customer_export_streams_the_same_rows_as_the_list()
    {
        var scope = Query.Resolve(new LoyaltyFilter());
        Assert.True(Query.UsesMart(scope));
        var all = new LoyaltySelection();

        var streamed = Query.StreamCustomers(scope, all, CancellationToken.None);

        Assert.IsNotAssignableFrom<IReadOnlyList<LoyaltyCustomer>>(streamed);   // read as enumerated, not a list
        var list = Query.Customers(scope, all);
        Assert.True(list.Count > 100);
        Assert.Equal(list, streamed.ToList());
    }

    [Fact]
    public void The_customer_export_read_in_chunks_of_customers_is_the_whole_sorted_list_row_for_row()
    {
        var scope = Query.Resolve(new LoyaltyFilter());
        Assert.True(Query.UsesMart(scope));
        var host = cdnow.Host;
        var checkedSelections = 0;
        // everyone, and a narrower selection: the chunks begin at customers of the whole population, so a selection's chunks
        // hold fewer rows each, never other rows; CDNOW's amounts tie (many customers spent the same), so chunks begin inside ties
        foreach (var selection in new[] { new LoyaltySelection(), new LoyaltySelection { Segment = Query.Customers(scope, new LoyaltySelection())[0].Segment } })
        {
            var whole = Query.Customers(scope, selection);
            Assert.True(whole.Count > 100, $"{whole.Count} customers: too few to split");
            foreach (var chunk in new[] { 7, 250, int.MaxValue })
            {
                var chunked = new LoyaltyQuery(host.Get<Insights.Warehouse.DuckDbWarehouse>(), host.Get<LoyaltyCache>(),
                    host.Get<Insights.Reports.Limits.ComputeGate>(), host.Get<Insights.Reports.Caching.WarehouseState>(),
                    host.Get<Insights.Reports.Pages.Segments.Scope.SegmentScopes>()) { ChunkCustomers = chunk };
                Assert.Equal(whole, chunked.StreamCustomers(scope, selection, CancellationToken.None).ToList());
            }
            checkedSelections++;
        }
        Assert.Equal(2, checkedSelections);
        Assert.True(host.Scalar<long>("select count(*) - count(distinct net_amount) from mart_customer_rfm") > 100, "no ties to cut inside");
    }

    [Fact]
    public void A_customer_export_stream_stops_when_its_token_fires()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var scope = Query.Resolve(new LoyaltyFilter());

        // the query runs when the stream is asked for (before a download's response starts), so it stops there
        Assert.Throws<OperationCanceledException>(() => Query.StreamCustomers(scope, new LoyaltySelection(), cancelled.Token).First());
    }

    static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
