using System.Globalization;
using Insights.Etl;
using Insights.Reports.Pages.Service.Attribution;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Service.Attribution;

/// <summary>
/// "What contacts lead to" from the load's marts (attribution_marts.sql, lapse_marts.sql over mart_contact_followup's previous
/// and next contacts and mart_contact_control) against the view computed from every contact and order (attribution.sql,
/// lapse.sql), on the tiny world after a second, incremental load: contacts before, between and after the first load's (one
/// backdated before a customer's portal login, so that contact's previous contact changes), a cancelled order, two new orders
/// (one on 2024-04-01 after noon: the data's last day moves into a month whose control day no customer had), and customer 1
/// moving from the North to the West on 2024-03-01. The same rows for every filter and window, and the mart as a full build
/// makes it.
/// </summary>
public sealed class ContactControlsTests : IClassFixture<ContactControlsTests.LoadedWorld>
{
    static readonly string LiveSql = SqlResource.Load<AttributionQuery>("attribution.sql");
    static readonly string LiveLapseSql = SqlResource.Load<AttributionQuery>("lapse.sql");

    /// <summary>The tiny world after its first load and the second, incremental one (the class comment says what it adds).</summary>
    public sealed class LoadedWorld : IDisposable
    {
        readonly TempFolder _folder = new();

        /// <summary>The warehouse and the services over it.</summary>
        public WarehouseHost Host { get; }

        public LoadedWorld()
        {
            Host = new WarehouseHost(_folder);
            TinyWorld.CopyTo(Host.SourcesFolder);
            var runner = Host.Get<EtlRunner>();
            runner.RunAll("test", CancellationToken.None);

            string Source(string relative) => Path.Combine(Host.SourcesFolder, relative);
            File.AppendAllText(Source("contacts/contacts.csv"),
                "4,1,2024-02-01 10:00:00,phone,inbound,120,order\n" +
                "5,1,2024-03-20 11:00:00,email,outbound,,offer\n" +
                "6,3,2024-03-01 09:00:00,phone,inbound,60,order\n" +
                "7,3,2024-03-25 16:00:00,audio_video_conference,outbound,600,advice\n" +
                "8,2,2024-01-02 10:00:00,portal_login,inbound,,account\n");
            File.WriteAllText(Source("operational/orders.csv"), File.ReadAllText(Source("operational/orders.csv"))
                .Replace("101,1,2024-02-15 18:30:00,store,completed,2024-02-15 18:30:00", "101,1,2024-02-15 18:30:00,store,cancelled,2024-02-16 09:00:00"));
            File.AppendAllText(Source("operational/orders.csv"),
                "104,3,2024-03-07 09:00:00,web,completed,2024-03-07 09:00:00\n105,1,2024-04-01 15:00:00,web,completed,2024-04-01 15:00:00\n");
            File.AppendAllText(Source("operational/order_lines.csv"), "104,1,10,2,12.50,0.00\n105,1,20,1,1.20,0.00\n");
            File.WriteAllText(Source("operational/customers.csv"), File.ReadAllText(Source("operational/customers.csv"))
                .Replace("1,Ann Smith,Annie,ann@example.com,North,web,2024-01-05 10:00:00,2024-01-05 10:00:00",
                         "1,Ann Smith,Annie,ann@example.com,West,web,2024-01-05 10:00:00,2024-03-01 00:00:00"));
            runner.RunAll("test", CancellationToken.None);
        }

        public void Dispose()
        {
            Host.Dispose();
            _folder.Dispose();
        }
    }

    readonly WarehouseHost _host;

    public ContactControlsTests(LoadedWorld world) => _host = world.Host;

    [Fact]
    public void The_load_builds_the_marts_the_view_then_reads()
    {
        using var connection = _host.Get<DuckDbWarehouse>().OpenConnection();
        Assert.True(connection.ExecuteScalar<bool>(SqlResource.Load<AttributionQuery>("contact_controls_built.sql")));
        // control days from January (the first contact, 2024-01-02) to the data's last day, order 105's
        Assert.Equal(["2024-01-01|2024-04-01"], Strings(connection, "select first_anchor_on, last_day from mart_contact_control_span"));
        // customer 1 (contacts 2024-01-11, 02-01, 03-20; completed orders 2024-01-10 08:00 and 04-01 15:00, 101 cancelled): on
        // 01-01 no contact yet, order 100 nine days later; on 02-01 the call that day (0), order 105 60 days later; on 03-01 the
        // call 29 days before, 105 31 days later; on 04-01 the email 12 days before, 105 the same day after noon (0)
        Assert.Equal(["2024-01-01||9|9", "2024-02-01|0|60|0", "2024-03-01|29|31|29", "2024-04-01|12|0|0"],
            Strings(connection, "select anchor_on, days_since_contact, days_to_order, days_first from mart_contact_control where customer_id = 1 order by anchor_on"));
    }

    [Fact]
    public void The_marts_give_the_rows_the_contacts_and_orders_give_after_an_incremental_load()
    {
        using var connection = _host.Get<DuckDbWarehouse>().OpenConnection();
        var (martsSql, martsLapseSql) = AttributionQuery.SqlFor(martsBuilt: true);
        var segment = _host.Rows("select min(segment) from mart_customer_rfm").Single()[0] as string;
        Assert.NotNull(segment);
        // a period within one month that holds no 1st has no control day (2024-03-02): 0 control days, never below
        foreach (var (region, from, to, seg, days) in new (string?, string?, string?, string?, int[])[]
                 {
                     (null, null, null, null, [1, 14, 29, 30, 31, 365]), ("West", null, null, null, [14, 31]),
                     ("North", null, null, null, [14, 60]), ("South", null, null, null, [14]), (null, "2024-02-01", "2024-03-31", null, [7, 30]),
                     ("West", "2024-03-01", null, null, [14]), (null, null, "2024-02-29", null, [14]), (null, "2024-03-02", "2024-03-02", null, [1]),
                     (null, null, null, segment, [14]), ("Nowhere", null, null, null, [14]),
                 })
        {
            var filter = new AttributionFilter
            {
                Region = region, Segment = seg,
                From = from is null ? null : DateOnly.Parse(from, CultureInfo.InvariantCulture),
                To = to is null ? null : DateOnly.Parse(to, CultureInfo.InvariantCulture),
            };
            foreach (var n in days)
            {
                filter.Days = n;
                var live = Rows(connection, LiveSql, filter.Parameters());
                Assert.True(live.SequenceEqual(Rows(connection, martsSql, filter.Parameters())), $"{filter}: {string.Join(" / ", live)}");
            }
            (string, object?)[] lapse = [.. filter.SharedParameters(), ("lapse_days", 30)];
            Assert.Equal(Rows(connection, LiveLapseSql, lapse), Rows(connection, martsLapseSql, lapse));
        }
        Assert.Equal(0L, _host.Get<AttributionQuery>().Run(new AttributionFilter
            { From = new DateOnly(2024, 3, 2), To = new DateOnly(2024, 3, 2), Days = 1 }).Rows.Sum(r => r.Controls));
    }

    [Fact]
    public void The_incremental_load_leaves_the_marts_as_a_full_build_does()
    {
        using var connection = _host.Get<DuckDbWarehouse>().OpenConnection();
        const string Controls = "select customer_id, anchor_on, days_since_contact, days_to_order, days_first from mart_contact_control order by all";
        const string Followups = "select * from mart_contact_followup order by contact_id";
        var controls = Strings(connection, Controls);
        var followups = Strings(connection, Followups);
        Assert.NotEmpty(controls);

        using var transaction = connection.BeginTransaction();   // rolled back: the other tests share the world
        connection.ExecuteNonQuery("""
            create or replace temp table batch_order_days (customer_id integer, ordered_on date);
            create or replace temp table batch_fact_contacts (contact_id bigint);
            delete from mart_contact_followup; delete from mart_contact_control; delete from mart_contact_control_span;
            """);
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_contact_followup"].Sql, ("full", true));
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_contact_control"].Sql, ("full", true));

        Assert.Equal(followups, Strings(connection, Followups));
        Assert.Equal(controls, Strings(connection, Controls));
        transaction.Rollback();
    }

    [Fact]
    public void The_next_order_check_fails_on_a_gap_that_disagrees_with_the_orders()
    {
        using var connection = _host.Get<DuckDbWarehouse>().OpenConnection();
        using var transaction = connection.BeginTransaction();   // rolled back: the other tests share the world
        connection.ExecuteNonQuery("""
            create or replace temp table batch_order_days as select 1::integer as customer_id, date '2024-04-01' as ordered_on;
            create or replace temp table batch_fact_contacts (contact_id bigint);
            """);
        var check = ModelRunner.Checks.Single(c => c.Name == "mart_contact_control__next_order_within_gap").Sql;
        Assert.Equal(0, DataChecks.Failing(connection, check));

        // customer 1 on 2024-03-01: order 105 came 31 days later, not 30
        connection.ExecuteNonQuery("update mart_contact_control set days_to_order = 30 where customer_id = 1 and anchor_on = date '2024-03-01'");

        Assert.Equal(1, DataChecks.Failing(connection, check));
        transaction.Rollback();
    }

    static List<string> Rows(DuckDB.NET.Data.DuckDBConnection connection, string sql, (string, object?)[] parameters)
    {
        using var command = connection.CreateCommand(sql, parameters);
        return TextRows.Read(command);
    }

    static List<string> Strings(DuckDB.NET.Data.DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand(sql);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? ""
                : reader.GetValue(i) is DateTime d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : reader.GetValue(i) is DateOnly o ? o.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        return rows;
    }
}
