using Insights.Etl;
using Insights.Etl.Sources;

namespace Insights.Tests.Etl;

/// <summary>File sources load what changed, once: reruns, re-dropped files, changed files, new files, history, late masters.</summary>
public sealed class IncrementalLoadTests : IClassFixture<LoadedTinyWorld>, IDisposable
{
    readonly TempFolder _folder = new();
    readonly WarehouseHost _host;
    readonly EtlRunner _runner;

    // each test starts from a copy of the tiny world loaded once by every source (the class's fixture)
    public IncrementalLoadTests(LoadedTinyWorld world)
    {
        _host = world.CopyTo(_folder);
        _runner = _host.Get<EtlRunner>();
    }

    string Source(string relative) => Path.Combine(_host.SourcesFolder, relative);

    // customer 1's order of 2024-02-15 is cancelled the next morning
    void CancelOrder101InTheSource() =>
        File.WriteAllText(Source("operational/orders.csv"), File.ReadAllText(Source("operational/orders.csv"))
            .Replace("101,1,2024-02-15 18:30:00,store,completed,2024-02-15 18:30:00", "101,1,2024-02-15 18:30:00,store,cancelled,2024-02-16 09:00:00"));

    [Fact]
    public void Rerun_reads_nothing_because_every_file_was_loaded()
    {
        var results = _runner.RunAll("test", CancellationToken.None);

        Assert.All(results, r => Assert.Equal(LoadCounts.None, r.Counts));
        Assert.Equal(15L, _host.Scalar<long>("select (select count(*) from raw_customers) + (select count(*) from raw_products) + " +
            "(select count(*) from raw_orders) + (select count(*) from raw_order_lines) + (select count(*) from raw_returns)"));
    }

    [Fact]
    public void Same_file_dropped_again_under_another_name_adds_no_rows()
    {
        File.Copy(Source("contacts/contacts.csv"), Source("contacts/contacts-copy.csv"));

        var result = _runner.Run(SourceNames.Contacts, "test", CancellationToken.None);

        Assert.Equal(new LoadCounts(Read: 3, Loaded: 0, Rejected: 0, Skipped: 3), result.Counts);
        Assert.Equal(3L, _host.Scalar<long>("select count(*) from fct_contact"));
    }

    [Fact]
    public void New_file_loads_only_its_rows()
    {
        File.WriteAllText(Source("contacts/contacts-2024-04.csv"),
            "contact_id,customer_id,contacted_at,channel,direction,duration_seconds,topic\n4,1,2024-04-02 10:00:00,email,outbound,0,offer\n");

        var result = _runner.Run(SourceNames.Contacts, "test", CancellationToken.None);

        Assert.Equal(new LoadCounts(1, 1, 0), result.Counts);
        Assert.Equal(4L, _host.Scalar<long>("select count(*) from fct_contact"));
    }

    [Fact]
    public void Changed_file_with_the_same_name_is_detected_and_only_its_changed_row_loads()
    {
        File.WriteAllText(Source("contacts/contacts.csv"), File.ReadAllText(Source("contacts/contacts.csv")).Replace(",300,order", ",420,order"));

        var result = _runner.Run(SourceNames.Contacts, "test", CancellationToken.None);

        Assert.Equal(new LoadCounts(Read: 3, Loaded: 1, Rejected: 0, Skipped: 2), result.Counts);
        Assert.Equal(420, _host.Scalar<int>("select duration_seconds from fct_contact where contact_id = 1"));
        Assert.Equal(3L, _host.Scalar<long>("select count(*) from fct_contact"));
        Assert.Equal(2L, _host.Scalar<long>("select count(*) from etl_loaded_file where file_name = 'contacts.csv'"));
    }

    [Fact]
    public void Region_change_adds_a_customer_version_and_later_orders_point_at_it()
    {
        File.WriteAllText(Source("operational/customers.csv"), File.ReadAllText(Source("operational/customers.csv"))
            .Replace("1,Ann Smith,Annie,ann@example.com,North,web,2024-01-05 10:00:00,2024-01-05 10:00:00",
                     "1,Ann Smith,Annie,ann@example.com,West,web,2024-01-05 10:00:00,2024-02-01 00:00:00"));

        _runner.Run(SourceNames.Operational, "test", CancellationToken.None);

        var versions = _host.Rows("select region, strftime(valid_from, '%Y-%m-%d'), strftime(valid_to, '%Y-%m-%d'), is_current " +
                                  "from dim_customer where customer_id = 1 order by valid_from");
        Assert.Equal([["North", "0001-01-01", "2024-02-01", false], ["West", "2024-02-01", "9999-12-31", true]], versions.ToArray());
        // order 100 (January) keeps the old version; order 101 (February 15) belongs to the new one
        var regions = _host.Rows("select f.order_id, c.region from fct_order_line f join dim_customer c using (customer_key) " +
                                 "where f.order_id in (100, 101) group by all order by 1");
        Assert.Equal([[100L, "North"], [101L, "West"]], regions.ToArray());
    }

    [Fact]
    public void A_customer_who_moves_region_within_a_month_counts_once_in_that_months_revenue()
    {
        File.AppendAllText(Source("operational/orders.csv"), "110,1,2024-02-05 09:00:00,web,completed,2024-02-05 09:00:00\n");
        File.AppendAllText(Source("operational/order_lines.csv"), "110,1,20,1,6.00,0.00\n");
        File.WriteAllText(Source("operational/customers.csv"), File.ReadAllText(Source("operational/customers.csv"))
            .Replace("1,Ann Smith,Annie,ann@example.com,North,web,2024-01-05 10:00:00,2024-01-05 10:00:00",
                     "1,Ann Smith,Annie,ann@example.com,West,web,2024-01-05 10:00:00,2024-02-10 00:00:00"));

        _runner.Run(SourceNames.Operational, "test", CancellationToken.None);

        // orders 110 (February 5, North) and 101 (February 15, West) belong to two versions of the same customer
        Assert.Equal(2L, _host.Scalar<long>("select count(distinct customer_key) from fct_order_line where order_id in (101, 110)"));
        var february = _host.Rows("select count_orders, count_customers, net_amount from mart_revenue_by_month " +
                                  "where month_start = date '2024-02-01'").Single();
        Assert.Equal([2L, 1L, 16.00m], february);
    }

    [Fact]
    public void Unchanged_customer_row_with_a_newer_timestamp_adds_no_version()
    {
        File.WriteAllText(Source("operational/customers.csv"), File.ReadAllText(Source("operational/customers.csv"))
            .Replace("2024-01-05 10:00:00,2024-01-05 10:00:00", "2024-01-05 10:00:00,2024-03-01 00:00:00"));

        _runner.Run(SourceNames.Operational, "test", CancellationToken.None);

        Assert.Equal(1L, _host.Scalar<long>("select count(*) from dim_customer where customer_id = 1"));
    }

    [Fact]
    public void Inferred_customer_is_filled_in_place_when_the_master_row_arrives()
    {
        var inferredKey = _host.Scalar<long>("select customer_key from dim_customer where customer_id = 4 and is_inferred");
        File.AppendAllText(Source("operational/customers.csv"),
            "4,Dana Weiß,Dana,dana@example.com,Central,store,2024-03-01 09:00:00,2024-03-01 09:00:00\n");

        _runner.Run(SourceNames.Operational, "test", CancellationToken.None);

        var row = _host.Rows("select customer_key, region, is_inferred, is_current from dim_customer where customer_id = 4").Single();
        Assert.Equal(new object?[] { inferredKey, "Central", false, true }, row);
        Assert.Equal("Central", _host.Scalar<string>(
            "select c.region from fct_order_line f join dim_customer c using (customer_key) where f.order_id = 103"));
    }

    [Fact]
    public void Cancelling_an_order_in_the_source_removes_it_from_revenue()
    {
        CancelOrder101InTheSource();

        _runner.Run(SourceNames.Operational, "test", CancellationToken.None);

        Assert.Equal(32.00m, _host.Scalar<decimal>("select sum(net_amount) from fct_order_line where order_status = 'completed'"));
        Assert.Equal(0L, _host.Scalar<long>("select count(*) from mart_revenue_by_month where month_start = date '2024-02-01'"));
    }

    [Fact]
    public void A_customer_gets_a_row_at_an_earlier_scoring_date_once_the_history_grows_past_their_orders()
    {
        // With order 101 cancelled, customer 1's only order is 100 (2024-01-10). The as-of date is 2024-03-06 (order 103,
        // customer 4), and nobody has an order a quarter before it (2023-12-06).
        // An order of customer 4 in June moves that date to 2024-03-21, past customer 1's order: customer 1 buys nothing and
        // gets a row at that date all the same.
        CancelOrder101InTheSource();
        _runner.Run(SourceNames.Operational, "test", CancellationToken.None);
        Assert.Equal(0L, _host.Scalar<long>("select count(*) from mart_customer_order_totals where period = 'quarter'"));
        File.AppendAllText(Source("operational/orders.csv"), "104,4,2024-06-20 10:00:00,web,completed,2024-06-20 10:00:00\n");
        File.AppendAllText(Source("operational/order_lines.csv"), "104,1,10,1,12.50,0.00\n");

        _runner.Run(SourceNames.Operational, "test", CancellationToken.None);

        Assert.Equal([1, 4], _host.Rows("select customer_id from mart_customer_order_totals where period = 'quarter' order by 1")
            .Select(r => (int)r[0]!));
        PerCustomerMarts.AssertEqualAFullRebuild(_host);
    }

    [Fact]
    public void Rows_that_disagree_under_one_key_are_all_quarantined()
    {
        File.WriteAllText(Source("contacts/contacts-dupes.csv"),
            "contact_id,customer_id,contacted_at,channel,direction,duration_seconds,topic\n" +
            "7,1,2024-04-02 10:00:00,email,outbound,0,offer\n7,1,2024-04-02 10:00:00,email,outbound,0,survey\n");

        var result = _runner.Run(SourceNames.Contacts, "test", CancellationToken.None);

        Assert.Equal(new LoadCounts(2, 0, 2), result.Counts);
        Assert.All(_host.Rows($"select reason from quarantine_row where run_id = {result.RunId}"),
            r => Assert.Equal("duplicate key: 2 different rows for contact_id 7 in the same load; none was loaded", r[0]));
    }

    [Fact]
    public void Full_reload_rebuilds_the_same_warehouse_and_appends_nothing()
    {
        const string fingerprint = "select count(*), sum(net_amount), sum(hash(order_id, line_number, order_status, net_amount)) from fct_order_line";
        var before = _host.Rows(fingerprint).Single();
        var rawBefore = _host.Scalar<long>("select count(*) from raw_order_lines");

        var results = _runner.RunAll("test", CancellationToken.None, full: true);

        Assert.All(results, r => Assert.Equal(0, r.Counts.Loaded));
        Assert.Equal(before, _host.Rows(fingerprint).Single());
        Assert.Equal(rawBefore, _host.Scalar<long>("select count(*) from raw_order_lines"));
        Assert.Equal(4L, _host.Scalar<long>("select count(*) from dim_customer"));
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
