using Insights.Demo;
using Insights.Etl;
using Insights.Warehouse;

namespace Insights.Tests.Warehouse.Models;

/// <summary>
/// mart_contact_followup (the service "what contacts lead to" view's follow-ups): each contact's next completed order and
/// whether an earlier one exists, on a tiny world worked out by hand, its data checks, and the loads keeping it equal to a
/// full rebuild.
/// </summary>
public sealed class ContactFollowupMartTests
{
    // Ann (two versions: North, then South from 2024-06-15 noon): orders 11 on 2024-03-01 10:00 and 12 on 2024-07-10 09:00.
    //   contact 101 on 2024-02-20 (before any order): next 2024-03-01 10:00, no prior order;
    //   contact 102 on 2024-03-01 10:00, the very time of order 11: that order is neither after nor before it, so next is
    //   order 12, and no prior order;
    //   contact 103 on 2024-06-20 (her South version): next order 12, prior yes;
    //   contact 104 on 2024-08-01: no next order, prior yes.
    // Ben: no order: contact 201 has neither.
    const string World = """
        insert into dim_customer values
            (1, 1, 'Ann', 'Ann', null, 'North', 'web', null, '1900-01-01', '2024-06-15 12:00', false, false),
            (2, 1, 'Ann', 'Ann', null, 'South', 'web', null, '2024-06-15 12:00', '9999-12-31', true, false),
            (3, 2, 'Ben', 'Ben', null, 'East', 'web', null, '1900-01-01', '9999-12-31', true, false);
        insert into fct_contact values
            (101, 20240220, '2024-02-20 15:00', 1, 1, 'inbound', 60, null),
            (102, 20240301, '2024-03-01 10:00', 1, 1, 'inbound', 60, null),
            (103, 20240620, '2024-06-20 11:00', 2, 1, 'outbound', null, null),
            (104, 20240801, '2024-08-01 11:00', 2, 1, 'inbound', null, null),
            (201, 20240105, '2024-01-05 09:00', 3, 1, 'inbound', null, null);
        insert into mart_customer_order (customer_id, order_id, ordered_at, channel_code, net_amount, full_price_amount) values
            (1, 11, '2024-03-01 10:00', 'web', 10, 10),
            (1, 12, '2024-07-10 09:00', 'web', 10, 10);
        insert into mart_customer_contact (customer_id, contact_id, contacted_at, channel_key, direction)
            select c.customer_id, f.contact_id, f.contacted_at, f.channel_key, f.direction
            from fct_contact as f join dim_customer as c on c.customer_key = f.customer_key;
        create or replace temp table batch_order_days (customer_id integer, ordered_on date);
        create or replace temp table batch_fact_contacts (contact_id bigint);
        """;

    static readonly string[] ByHand =
    [
        "101|1|2024-03-01 10:00|False", "102|1|2024-07-10 09:00|False", "103|1|2024-07-10 09:00|True", "104|1||True", "201|2||False",
    ];

    [Fact]
    public void A_full_build_gives_the_follow_ups_worked_out_by_hand_and_passes_its_checks()
    {
        using var folder = new TempFolder();
        using var host = new WarehouseHost(folder);
        using var connection = host.Get<DuckDbWarehouse>().OpenConnection();
        connection.ExecuteNonQuery(World);
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_contact_followup"].Sql, ("full", true));

        Assert.Equal(ByHand, Rows(connection));

        // the checks read this run's contacts: all of them here
        connection.ExecuteNonQuery("insert into batch_fact_contacts select contact_id from fct_contact");
        foreach (var (name, sql) in Checks())
            Assert.True(connection.ExecuteScalar<long>($"select count(*) from ({sql})") == 0, name);

        // a second row for contact 101, and a next order that skips order 11 (and one no order explains), break them
        connection.ExecuteNonQuery("""
            insert into mart_contact_followup (contact_id, customer_id, contacted_at, channel_key, direction, region, next_ordered_at, has_prior_order)
                values (101, 1, '2024-02-20 15:00', 1, 'inbound', 'North', '2024-07-10 09:00', false);
            update mart_contact_followup set next_ordered_at = '2024-07-11 09:00' where contact_id = 103;
            """);
        foreach (var (name, sql) in Checks())
            Assert.True(connection.ExecuteScalar<long>($"select count(*) from ({sql})") > 0, name);
    }

    [Fact]
    public void An_incremental_build_rewrites_the_batch_contacts_and_customers_and_equals_a_full_one()
    {
        using var folder = new TempFolder();
        using var host = new WarehouseHost(folder);
        using var connection = host.Get<DuckDbWarehouse>().OpenConnection();
        connection.ExecuteNonQuery(World);
        var model = ModelRunner.Graph["mart_contact_followup"].Sql;
        connection.ExecuteNonQuery(model, ("full", true));

        // Ann's order 12 is cancelled and she orders on 2024-06-25 instead; Ben gets a new contact: the load rebuilds Ann's
        // contacts (her orders' days) and Ben's new contact only
        connection.ExecuteNonQuery("""
            delete from mart_customer_order where order_id = 12;
            insert into mart_customer_order values (1, 13, '2024-06-25 08:00', 'app', 5, 5);
            insert into fct_contact values (202, 20240110, '2024-01-10 09:00', 3, 1, 'inbound', null, null);
            insert into mart_customer_contact (customer_id, contact_id, contacted_at, channel_key, direction)
                values (2, 202, '2024-01-10 09:00', 1, 'inbound');
            insert into batch_order_days values (1, '2024-07-10'), (1, '2024-06-25');
            insert into batch_fact_contacts values (202);
            """);
        connection.ExecuteNonQuery(model, ("full", false));
        var incremental = Rows(connection);

        connection.ExecuteNonQuery("delete from mart_contact_followup");
        connection.ExecuteNonQuery(model, ("full", true));
        Assert.Equal(Rows(connection), incremental);
        Assert.Equal(["101|1|2024-03-01 10:00|False", "102|1|2024-06-25 08:00|False",
            "103|1|2024-06-25 08:00|True", "104|1||True", "201|2||False", "202|2||False"], incremental);
    }

    [Fact]
    public void After_each_sources_load_the_mart_equals_a_full_rebuild_of_the_demo_world()
    {
        using var folder = new TempFolder();
        using var host = new WarehouseHost(folder);
        host.Get<DemoSourcePreparer>().Generate(0.005, seed: 7, new DateOnly(2026, 6, 30), toPostgres: false);
        foreach (var source in SourceNames.All) host.Get<EtlRunner>().Run(source, "test", CancellationToken.None);
        const string Sql = "select * from mart_contact_followup order by contact_id";
        var kept = host.Rows(Sql).Select(r => string.Join("|", r)).ToList();
        Assert.NotEmpty(kept);
        Assert.Equal(host.Rows("select count(*) from fct_contact").Single()[0], (object)(long)kept.Count);   // every contact has its row

        host.Get<EtlRunner>().RunAll("test", CancellationToken.None, full: true);
        Assert.Equal(host.Rows(Sql).Select(r => string.Join("|", r)).ToList(), kept);
    }

    static IEnumerable<(string Name, string Sql)> Checks() =>
        ModelRunner.Checks.Where(c => c.Name.StartsWith("mart_contact_followup__", StringComparison.Ordinal));

    static List<string> Rows(DuckDB.NET.Data.DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            select contact_id, customer_id, coalesce(strftime(next_ordered_at, '%Y-%m-%d %H:%M'), ''), has_prior_order
            from mart_contact_followup order by contact_id
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add($"{reader.GetValue(0)}|{reader.GetValue(1)}|{reader.GetString(2)}|{reader.GetBoolean(3)}");
        return rows;
    }
}
