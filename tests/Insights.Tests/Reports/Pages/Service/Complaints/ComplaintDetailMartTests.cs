using System.Globalization;
using Insights.Reports.Pages.Service.Complaints;
using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Service.Complaints;

/// <summary>
/// The complaints in view from the load's per-complaint attributes (complaints_in_view_marts.sql over mart_complaint_detail,
/// migration 0054) against the facts' statement (complaints_in_view.sql): the same rows for every filter on the complaints
/// world; the query reads the facts until a load has filled the mart; and an incremental build of the mart for a cancelled
/// order and a re-keyed complaint leaves it as a full build would.
/// </summary>
public sealed class ComplaintDetailMartTests(ComplaintsWorld world) : IClassFixture<ComplaintsWorld>
{
    static readonly string FactsSql = SqlResource.Load<ComplaintsQuery>("complaints_in_view.sql");
    static readonly string MartsSql = SqlResource.Load<ComplaintsQuery>("complaints_in_view_marts.sql");
    static readonly string TargetsSql = SqlResource.Load<ComplaintsQuery>("sla_targets.sql");

    public static TheoryData<string?, string?, string?, string?, string?, string?> Filters => new()
    {
        { null, null, null, null, null, null },
        { "North", null, null, null, null, null },
        { "South", null, null, "2024-01-01", "2024-03-31", null },
        { null, "At Risk", null, null, null, null },
        { null, "Champions", "HIGH", null, null, null },
        { "North", "Champions", null, "2024-06-01", "2024-06-30", "delivery" },
        { null, null, null, "2024-06-21", "2024-06-21", null },
        { "Nowhere", null, null, null, null, null },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void The_marts_statement_gives_the_rows_the_facts_give(string? region, string? segment, string? severity, string? from,
        string? to, string? category)
    {
        var filter = new ComplaintsFilter
        {
            Region = region, Segment = segment, Severity = severity, Category = category,
            From = from is null ? null : DateOnly.Parse(from, CultureInfo.InvariantCulture),
            To = to is null ? null : DateOnly.Parse(to, CultureInfo.InvariantCulture),
        };

        Assert.Equal(Rows(FactsSql, filter), Rows(MartsSql, filter));
    }

    [Fact]
    public void The_default_view_holds_every_complaint_of_the_world_with_its_channel_group()
    {
        var rows = Rows(MartsSql, new ComplaintsFilter(), "select order_channel, count(*) from complaints_in_view group by all order by all");

        // README: nine complaints; the marts' statement keeps each one's order channel group as the facts' does
        Assert.Equal(9, rows.Sum(r => int.Parse(r.Split('|')[1], CultureInfo.InvariantCulture)));
        Assert.Equal(Rows(FactsSql, new ComplaintsFilter(), "select order_channel, count(*) from complaints_in_view group by all order by all"), rows);
    }

    [Fact]
    public void The_query_reads_the_facts_until_a_load_fills_the_mart()
    {
        Assert.Equal(FactsSql, ComplaintsQuery.InViewSqlFor(false));
        Assert.Equal(MartsSql, ComplaintsQuery.InViewSqlFor(true));
        using var connection = world.World.Host.Get<DuckDbWarehouse>().OpenConnection();
        var built = SqlResource.Load<ComplaintsQuery>("complaint_details_built.sql");
        Assert.True(connection.ExecuteScalar<bool>(built));
        using var transaction = connection.BeginTransaction();
        connection.ExecuteNonQuery("delete from mart_complaint_detail");
        Assert.False(connection.ExecuteScalar<bool>(built));
        transaction.Rollback();
    }

    [Fact]
    public void An_incremental_build_for_a_cancelled_order_and_a_rekeyed_complaint_equals_a_full_build()
    {
        using var connection = world.World.Host.Get<DuckDbWarehouse>().OpenConnection();
        using var transaction = connection.BeginTransaction();   // rolled back: the other tests see the world as written
        var model = ModelRunner.Graph["mart_complaint_detail"].Sql;
        // order 301 (Cat's complaint C5) is cancelled: it leaves the completed orders; complaint C1, opened by Ana in the South,
        // is re-keyed to her later version (key 12, in the North), as a load that backdates a customer version does
        connection.ExecuteNonQuery("""
            delete from mart_customer_order where order_id = 301;
            update fct_complaint set customer_key = 12 where complaint_id = 1;
            create or replace temp table batch_mart_orders as select 301::bigint as order_id;
            create or replace temp table batch_fact_complaints as select 1::bigint as complaint_id;
            """);
        connection.ExecuteNonQuery(model, ("full", false));
        var incremental = Mart(connection);
        connection.ExecuteNonQuery(model, ("full", true));

        Assert.Equal(Mart(connection), incremental);
        Assert.Equal(["5|(order not completed)"],
            Read(connection, "select complaint_id, order_channel from mart_complaint_detail where order_id = 301"));
        Assert.Equal(["North"], Read(connection, "select region from mart_complaint_detail where complaint_id = 1"));
        transaction.Rollback();
    }

    static List<string> Mart(DuckDB.NET.Data.DuckDBConnection connection) =>
        Read(connection, "select * from mart_complaint_detail order by complaint_id");

    static List<string> Read(DuckDB.NET.Data.DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand(sql);
        return TextRows.Read(command);
    }

    List<string> Rows(string sql, ComplaintsFilter filter, string read = "select * from complaints_in_view order by complaint_id")
    {
        using var connection = world.World.Host.Get<DuckDbWarehouse>().OpenConnection();
        connection.ExecuteNonQuery(TargetsSql);
        connection.ExecuteNonQuery("insert into sla_targets values ('critical', 24), ('high', 48), ('medium', 120), ('low', 240)");
        connection.ExecuteNonQuery(sql, [.. filter.Parameters(), ("now", new DateTime(2024, 7, 1, 12, 0, 0))]);
        using var command = connection.CreateCommand(read);
        return TextRows.Read(command);
    }
}
