using System.Globalization;
using Insights.Reports.Pages.Segments.Scope;
using Insights.Reports.Pages.Service.Channels;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Service.Channels;

/// <summary>
/// The Channels view from the load's mart_contact_month (contacts_marts.sql, active_months_marts.sql) against the view from the
/// contacts (contacts.sql, active_months.sql) on the channels world: the same rows for every filter the mart serves (periods of
/// whole months, regions, RFM and saved segments, channels), also after a customer moves region; and the choice between them.
/// </summary>
public sealed class ContactMonthMartTests(ChannelsWorld world) : IClassFixture<ChannelsWorld>
{
    static readonly string ContactsSql = SqlResource.Load<ChannelsQuery>("contacts.sql");
    static readonly string MonthsSql = SqlResource.Load<ChannelsQuery>("active_months.sql");
    static readonly string ContactsMartsSql = SqlResource.Load<ChannelsQuery>("contacts_marts.sql");
    static readonly string MonthsMartsSql = SqlResource.Load<ChannelsQuery>("active_months_marts.sql");

    public static TheoryData<string?, string?, string?, string?, string?, long> Filters => new()
    {
        { null, null, null, null, null, 11 },
        { "North", null, null, null, null, 6 },
        { "South", null, null, null, null, 5 },
        { null, "Loyal", null, null, null, 4 },
        { null, "At Risk", null, null, null, 2 },
        { null, null, "phone", null, null, 5 },
        { null, null, "portal_login", null, null, 2 },
        { null, null, null, "2024-01-01", "2024-03-31", 10 },
        { null, null, null, "2024-02-01", null, 8 },
        { null, null, null, null, "2024-02-29", 6 },
        { "North", "Loyal", "phone", "2024-01-01", "2024-12-31", 1 },
        { "South", null, "email", "2024-03-01", "2024-03-31", 1 },
        { "Nowhere", null, null, null, null, 0 },
        { null, null, null, "2025-01-01", "2025-01-31", 0 },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void The_mart_gives_the_rows_the_contacts_give(string? region, string? segment, string? channel, string? from, string? to,
        long contacts)
    {
        var filter = Filter(region, segment, channel, from, to);

        AssertSameRows(world.Host, filter);
        // the README's contacts for the filter (each one listed there), through the query as the page runs it: the mart path
        Assert.Equal(contacts, world.Host.Get<ChannelsQuery>().Run(filter).Contacts);
        Assert.Equal((ContactsMartsSql, MonthsMartsSql), ChannelsQuery.SqlFor(filter, martBuilt: true));
    }

    [Fact]
    public void After_a_customer_moves_region_the_mart_gives_the_rows_the_contacts_give()
    {
        // Cat moves from South to North on 2024-03-15 (README, "Cat moves north"): her March contact is South's, her March
        // active stretch North's
        using var moved = new ServiceWorld("channels");
        using (var connection = moved.Host.Get<DuckDbWarehouse>().OpenConnection())
        {
            connection.ExecuteNonQuery("""
                update dim_customer set valid_to = '2024-03-15', is_current = false where customer_key = 30;
                insert into dim_customer values (31, 3, 'Cat South', 'Cat', null, 'North', 'web', '2023-01-01', '2024-03-15', '9999-12-31', true, false);
                """);
            ServiceWorld.BuildMarts(connection);
        }

        foreach (var region in new[] { null, "North", "South" })
            foreach (var (from, to) in new (string?, string?)[] { (null, null), ("2024-03-01", "2024-03-31") })
                AssertSameRows(moved.Host, Filter(region, null, null, from, to));
    }

    [Fact]
    public void A_saved_segment_gives_the_rows_the_contacts_give()
    {
        using var saved = new ServiceWorld("channels");
        using (var connection = saved.Host.Get<DuckDbWarehouse>().OpenConnection())
            connection.ExecuteNonQuery("insert into app_segment_member select 7, customer_id from mart_customer_rfm where segment = 'Loyal'");
        var filter = new ChannelsFilter { SegmentId = 7 };
        filter.ApplySegment(new SegmentScope(7, "Loyal ones", 2, DateTime.UnixEpoch, true));

        AssertSameRows(saved.Host, filter);
        Assert.Equal(4L, saved.Host.Scalar<long>("select sum(count_contacts)::bigint from mart_contact_month where customer_id in (select customer_id from app_segment_member)"));
    }

    [Fact]
    public void A_period_that_cuts_a_month_or_a_mart_not_built_reads_the_contacts()
    {
        Assert.Equal((ContactsSql, MonthsSql), ChannelsQuery.SqlFor(Filter(null, null, null, "2024-01-02", null), martBuilt: true));
        Assert.Equal((ContactsSql, MonthsSql), ChannelsQuery.SqlFor(Filter(null, null, null, null, "2024-02-28"), martBuilt: true));
        Assert.Equal((ContactsSql, MonthsSql), ChannelsQuery.SqlFor(Filter(null, null, null, "2024-03-01", "2024-03-15"), martBuilt: true));
        Assert.Equal((ContactsMartsSql, MonthsMartsSql), ChannelsQuery.SqlFor(Filter(null, null, null, "2024-02-01", "2024-02-29"), martBuilt: true));
        Assert.Equal((ContactsSql, MonthsSql), ChannelsQuery.SqlFor(new ChannelsFilter(), martBuilt: false));
    }

    [Fact]
    public void The_mart_holds_the_contacts_per_customer_month_worked_out_by_hand()
    {
        // README, contacts: Ann's January (phone in, email out), Ben's March (phone in, email in); 11 contacts in all
        Assert.Equal(11L, world.Host.Scalar<long>("select sum(count_contacts)::bigint from mart_contact_month"));
        var ann = world.Host.Rows("""
            select ch.channel_code, m.direction, m.count_contacts, m.count_with_duration, m.total_duration_seconds, m.active_region
            from mart_contact_month as m join dim_channel as ch using (channel_key)
            where m.customer_id = 1 and m.month_start = '2024-01-01' order by 1
            """).Select(r => string.Join("|", r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
        Assert.Equal(["email|outbound|1|0||North", "phone|inbound|1|1|300|North"], ann);
        // Dan never bought: his March e-mail is no active customer's
        Assert.Equal([null], world.Host.Rows("select active_region from mart_contact_month where customer_id = 4").Select(r => r[0]));
    }

    [Fact]
    public void An_incremental_build_for_the_run_s_customers_gives_the_rows_a_full_build_gives()
    {
        using var changed = new ServiceWorld("channels");
        using var connection = changed.Host.Get<DuckDbWarehouse>().OpenConnection();
        // a load lands Dan's e-mail (contact 9) again as Eve's (both versions are in raw_contacts, as loads keep them) and a
        // new phone call of Ben's in May, and Eve's order of 2024-04-01 makes her active from April: the run's keys
        connection.ExecuteNonQuery("""
            insert into raw_contacts values
                (9, 4, '2024-03-15 12:00', 'email', 'inbound', 120, 'question', 'contacts-1.csv', 1),
                (9, 5, '2024-03-15 12:00', 'email', 'inbound', 120, 'question', 'contacts-2.csv', 2),
                (12, 2, '2024-05-02 09:00', 'phone', 'inbound', 30, 'order', 'contacts-2.csv', 2);
            update fct_contact set customer_key = 50 where contact_id = 9;
            insert into fct_contact values (12, 20240502, '2024-05-02 09:00', 20, 4, 'inbound', 30, 'order');
            create or replace temp table batch_fact_contacts as select * from (values (9::bigint), (12::bigint)) as t(contact_id);
            create or replace temp table batch_order_days as select 5 as customer_id, date '2024-04-01' as ordered_on;
            create or replace temp table batch_customers (customer_id integer);
            """);

        connection.ExecuteNonQuery(ModelRunner.Graph["mart_contact_month"].Sql, ("full", false));
        var incremental = MartRows(connection);
        connection.ExecuteNonQuery("delete from mart_contact_month");
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_contact_month"].Sql, ("full", true));

        Assert.Equal(MartRows(connection), incremental);
        Assert.DoesNotContain(incremental, r => r.StartsWith("4|", StringComparison.Ordinal));   // Dan has no contact left
        // the rows' first nine columns (the previous months per grouping follow, migration 0053)
        Assert.Contains(incremental, r => r.StartsWith("5|2024-03-01|6|inbound|North|1|1|120||", StringComparison.Ordinal));   // now Eve's, not active in March (first order in April)
        Assert.Contains(incremental, r => r.StartsWith("2|2024-05-01|4|inbound|South|1|1|30|South|", StringComparison.Ordinal));
    }

    static List<string> MartRows(DuckDB.NET.Data.DuckDBConnection connection)
    {
        using var command = connection.CreateCommand("select * from mart_contact_month order by all");
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" :
                reader.GetValue(i) is DateTime d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : reader.GetValue(i) is DateOnly day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        return rows;
    }

    static ChannelsFilter Filter(string? region, string? segment, string? channel, string? from, string? to) => new()
    {
        Region = region, Segment = segment, Channel = channel,
        From = from is null ? null : DateOnly.Parse(from, CultureInfo.InvariantCulture),
        To = to is null ? null : DateOnly.Parse(to, CultureInfo.InvariantCulture),
    };

    static void AssertSameRows(WarehouseHost host, ChannelsFilter filter)
    {
        Assert.Equal(Rows(host, ContactsSql, filter), Rows(host, ContactsMartsSql, filter));
        Assert.Equal(Rows(host, MonthsSql, filter), Rows(host, MonthsMartsSql, filter));
    }

    static List<string> Rows(WarehouseHost host, string sql, ChannelsFilter filter)
    {
        using var connection = host.Get<DuckDbWarehouse>().OpenConnection();
        using var command = connection.CreateCommand(sql, filter.Parameters());
        return TextRows.Read(command);
    }
}
