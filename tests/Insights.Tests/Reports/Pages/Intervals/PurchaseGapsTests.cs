using Insights.Etl;
using Insights.Reports.Pages.Intervals;

namespace Insights.Tests.Reports.Pages.Intervals;

/// <summary>
/// Interval metrics on a hand-made purchase file, loaded through the mapped file source; every expected number is worked out
/// in the comments. Calibration end 2024-03-01 (2024 is a leap year: February has 29 days).
/// </summary>
public sealed class PurchaseGapsTests : IDisposable
{
    // customer, yyyymmdd, quantity, amount
    const string Purchases =
        "1,20240101,1,10.00\n" +   // customer 1: two purchases on Jan 1 are one purchase day worth 15.00
        "1,20240101,1,5.00\n" +
        "1,20240111,1,20.00\n" +   //   Jan 11: gap 10 days
        "1,20240131,1,30.00\n" +   //   Jan 31: gap 20 days
        "1,20240310,1,99.00\n" +   //   Mar 10: after the calibration end, a hold-out purchase day
        "2,20240201,1,40.00\n" +   // customer 2: every 7 days, like clockwork
        "2,20240208,1,40.00\n" +
        "2,20240215,1,40.00\n" +
        "2,20240222,1,40.00\n" +
        "3,20240220,1,12.50\n" +   // customer 3: a single purchase day
        "4,20240305,1,8.00\n";     // customer 4: first bought after the calibration end: not in the calibration at all

    static readonly DateOnly CalibrationEnd = new(2024, 3, 1);

    readonly TempFolder _folder = new();
    readonly WarehouseHost _host;

    public PurchaseGapsTests()
    {
        var files = _folder.File("files");
        Directory.CreateDirectory(files);
        File.WriteAllText(Path.Combine(files, "purchases.csv"), Purchases);
        _host = new WarehouseHost(_folder, new Dictionary<string, string?>
        {
            ["Etl:MappedFiles:0:Name"] = "shop",
            ["Etl:MappedFiles:0:Folder"] = files,
            ["Etl:MappedFiles:0:Pattern"] = "*.csv",
            ["Etl:MappedFiles:0:Delimiter"] = ",",
            ["Etl:MappedFiles:0:Columns:0"] = "customer",
            ["Etl:MappedFiles:0:Columns:1"] = "day",
            ["Etl:MappedFiles:0:Columns:2"] = "qty",
            ["Etl:MappedFiles:0:Columns:3"] = "amount",
            ["Etl:MappedFiles:0:Map:customer_id"] = "customer",
            ["Etl:MappedFiles:0:Map:ordered_at"] = "day",
            ["Etl:MappedFiles:0:Map:quantity"] = "qty",
            ["Etl:MappedFiles:0:Map:amount"] = "amount",
            ["Etl:MappedFiles:0:DateFormat"] = "%Y%m%d",
        });
        _host.Get<EtlRunner>().Run("shop", "test", CancellationToken.None);
    }

    IntervalsQuery Query => _host.Get<IntervalsQuery>();

    IntervalsSettings Settings(string unit = "days") => Query.Resolve(new IntervalsFilter { CalibrationEnd = CalibrationEnd, Unit = unit })!;

    [Fact]
    public void Gaps_per_customer_are_the_hand_computed_ones()
    {
        var gaps = Query.Gaps(Settings()).ToDictionary(g => g.CustomerId);

        Assert.Equal([1, 2, 3], gaps.Keys.Order());
        var one = gaps[1];
        Assert.Equal(3, one.PurchaseDays);                      // Jan 1, Jan 11, Jan 31
        Assert.Equal(15, one.MeanGapDays);                      // (10 + 20) / 2
        Assert.Equal(15, one.MedianGapDays);
        Assert.Equal(1 / 3.0, one.GapCv!.Value, 9);             // population sd of {10, 20} = 5; 5 / 15
        Assert.Equal(30, one.DaysSinceLast);                    // Jan 31 -> Mar 1 in a leap year
        Assert.Equal(2.0, one.OverdueRatio);                    // 30 / 15
        Assert.Equal(65.0 / 3, one.MeanDayAmount, 9);           // (15 + 20 + 30) / 3
        Assert.Equal(65.0 / 3 * 365 / 15, one.ValueAtRisk!.Value, 9);   // 527.22: a year at one purchase day per 15 days
        var two = gaps[2];
        Assert.Equal(4, two.PurchaseDays);
        Assert.Equal(7, two.MedianGapDays);
        Assert.Equal(0, two.GapCv);                             // gaps 7, 7, 7
        Assert.Equal(8, two.DaysSinceLast);                     // Feb 22 -> Mar 1
        Assert.Equal(8 / 7.0, two.OverdueRatio!.Value, 9);
        var three = gaps[3];
        Assert.Equal(1, three.PurchaseDays);
        Assert.Null(three.MeanGapDays);
        Assert.Null(three.OverdueRatio);
    }

    [Fact]
    public void Overdue_list_holds_who_exceeds_their_own_gap_by_the_factor()
    {
        var gaps = Query.Gaps(Settings());

        // customer 1: 30 days since the last purchase = 2.0 × the median gap; customer 2: 8/7 = 1.14
        Assert.Equal([1], IntervalsQuery.OverdueCustomers(gaps, 2.0).Select(g => g.CustomerId));
        Assert.Equal([1, 2], IntervalsQuery.OverdueCustomers(gaps, 1.1).Select(g => g.CustomerId).Order());
        // by value at risk: customer 2 is 40 × 365 / 7 = 2,085.71, customer 1 is 527.22
        Assert.Equal([2, 1], IntervalsQuery.OverdueCustomers(gaps, 1.1).Select(g => g.CustomerId));
        Assert.Empty(IntervalsQuery.OverdueCustomers(gaps, 2.01));
    }

    [Fact]
    public void Summary_counts_purchase_days_only_up_to_the_calibration_end()
    {
        var rows = Query.Summary(Settings()).ToDictionary(r => r.CustomerId);

        // customer 1: days Jan 1, Jan 11, Jan 31 -> x = 2, t_x = 30, T = Jan 1 -> Mar 1 = 60; repeats 20 + 30 -> mean 25
        Assert.Equal(new CustomerSummaryRow(1, 2, 30, 60, 25, 1), rows[1]);
        // customer 2: x = 3, t_x = 21, T = Feb 1 -> Mar 1 = 29, repeats 40 each; nothing after the calibration end
        Assert.Equal(new CustomerSummaryRow(2, 3, 21, 29, 40, 0), rows[2]);
        Assert.Equal(new CustomerSummaryRow(3, 0, 0, 10, 0, 0), rows[3]);
        Assert.False(rows.ContainsKey(4));
    }

    [Fact]
    public void Weeks_divide_the_days_by_seven()
    {
        var settings = Settings("weeks");

        var scores = IntervalsScoring.Score(Query.Summary(settings), settings).Customers.ToDictionary(c => c.CustomerId);

        Assert.Equal(30 / 7.0, scores[1].Recency, 12);
        Assert.Equal(60 / 7.0, scores[1].T, 12);
        Assert.Equal(9 / 7.0, settings.HoldoutLength, 12);      // hold-out to the last purchase day, Mar 10
    }

    [Fact]
    public void Category_cycle_counts_gaps_between_purchase_days_of_the_same_category()
    {
        var cycles = Query.Categories(Settings());

        // the mapped file names no product, so every line is one (unknown) product and category: gaps 10, 20, 7, 7, 7
        var cycle = Assert.Single(cycles);
        Assert.Equal(5, cycle.Gaps);
        Assert.Equal(51 / 5.0, cycle.MeanGapDays, 9);
        Assert.Equal(7, cycle.MedianGapDays);
        Assert.Equal(4, cycle.GapsPerWeek[1]);                  // 7, 7, 7 and 10 days are week 1
        Assert.Equal(1, cycle.GapsPerWeek[2]);                  // 20 days is week 2
    }

    [Fact]
    public void Category_overdue_compares_with_the_category_cycle()
    {
        // one category, median cycle of {7, 7, 7, 10, 20} = 7 days: customer 1 is 30 days past (30/7 = 4.29 ≥ 2),
        // customer 2 is 8 days past (1.14 < 2), customer 3 bought it on one day only
        var overdue = Query.CategoryOverdue(Settings());

        var row = Assert.Single(overdue);
        Assert.Equal(1, row.CustomerId);
        Assert.Equal(3, row.PurchaseDays);
        Assert.Equal(7, row.MedianCycleDays);
        Assert.Equal(30, row.DaysSinceLast);
        Assert.Equal(30 / 7.0, row.OverdueRatio, 9);
    }

    [Fact]
    public void Purchase_day_mart_follows_a_changed_line()
    {
        // customer 2's Feb 22 purchase is corrected from 40.00 to 55.00: the day's spend changes, the rest stays
        File.WriteAllText(Path.Combine(_folder.File("files"), "purchases.csv"), Purchases.Replace("2,20240222,1,40.00", "2,20240222,1,55.00"));
        _host.Get<EtlRunner>().Run("shop", "test", CancellationToken.None);

        var rows = Query.Summary(Settings()).ToDictionary(r => r.CustomerId);

        Assert.Equal(new CustomerSummaryRow(2, 3, 21, 29, (40 + 40 + 55) / 3.0, 0), rows[2]);
        Assert.Equal(new CustomerSummaryRow(1, 2, 30, 60, 25, 1), rows[1]);
        Assert.Equal(10L, _host.Scalar<long>("select count(*) from mart_customer_purchase_day"));   // customers 1..4: 4 + 4 + 1 + 1 days
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
