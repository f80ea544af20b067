using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Service;

/// <summary>
/// A migrated warehouse holding one of the service report's hand-made worlds, TestData/service/&lt;name&gt;/world.sql, written
/// straight into the star schema (no ETL): the README.md beside it works out every number the tests expect.
/// </summary>
public sealed class ServiceWorld : IDisposable
{
    readonly TempFolder _folder = new();

    /// <summary>A warehouse holding TestData/service/<paramref name="name"/>/world.sql.</summary>
    public ServiceWorld(string name, IDictionary<string, string?>? settings = null)
    {
        Host = new WarehouseHost(_folder, settings);
        Fill(Host.Get<DuckDbWarehouse>(), name);
    }

    /// <summary>Writes the world <paramref name="name"/> into <paramref name="warehouse"/> (a test site's, or this one's).</summary>
    public static void Fill(DuckDbWarehouse warehouse, string name)
    {
        using var connection = warehouse.OpenConnection();
        connection.ExecuteNonQuery(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "service", name, "world.sql")));
        BuildMarts(connection);
    }

    /// <summary>
    /// Builds the marts a load derives from the world's star rows, by their own models (a full build: every customer); a test
    /// that edits the star rows calls it again, as a load would rebuild them.
    /// </summary>
    public static void BuildMarts(DuckDB.NET.Data.DuckDBConnection connection)
    {
        connection.ExecuteNonQuery("delete from mart_customer_active_span; delete from mart_contact_followup; delete from mart_order_day; " +
            "delete from mart_sale_day; delete from mart_sale_return; delete from mart_customer_order_line; delete from mart_sale_segment_day; " +
            "delete from mart_sale_segment_customer; delete from mart_contact_control; delete from mart_contact_control_span; delete from mart_contact_month; " +
            "delete from mart_complaint_detail; delete from mart_order_segment_day; delete from mart_order_segment_customer");
        connection.ExecuteNonQuery("""
            create or replace temp table batch_order_days (customer_id integer, ordered_on date);
            create or replace temp table batch_customers (customer_id integer);
            create or replace temp table batch_fact_contacts (contact_id bigint);
            create or replace temp table batch_months (month_start date);
            create or replace temp table batch_fact_returns (return_id bigint);
            create or replace temp table batch_fact_orders (order_id bigint);
            create or replace temp table batch_fact_complaints (complaint_id bigint);
            create or replace temp table batch_mart_orders (order_id bigint);
            """);
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_customer_active_span"].Sql, ("full", true));
        // the contact months' model reads the staging view of the landed contacts (empty here), which only a load creates
        connection.ExecuteNonQuery($"create or replace view stg_contacts as\n{ModelRunner.Graph["stg_contacts"].Sql}");
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_contact_month"].Sql, ("full", true));
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_contact_followup"].Sql, ("full", true));
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_contact_control"].Sql, ("full", true));
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_order_day"].Sql, ("full", true));
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_sale_day"].Sql, ("full", true));
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_sale_return"].Sql, ("full", true));
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_customer_order_line"].Sql, ("full", true));
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_sale_segment_day"].Sql, ("full", true));
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_complaint_detail"].Sql, ("full", true));
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_order_segment_day"].Sql, ("full", true));
    }

    /// <summary>The warehouse and the report services over it.</summary>
    public WarehouseHost Host { get; }

    public void Dispose()
    {
        Host.Dispose();
        _folder.Dispose();
    }
}
