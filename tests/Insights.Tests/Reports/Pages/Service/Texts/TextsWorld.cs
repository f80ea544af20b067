using Insights.Warehouse;

namespace Insights.Tests.Reports.Pages.Service.Texts;

/// <summary>
/// The complaint texts world (TestData/service/texts, README.md there has every count and lift), with its term index built by
/// the mart_complaint_term model as a load would build it for these complaints.
/// </summary>
public static class TextsWorld
{
    /// <summary>Writes the world into <paramref name="warehouse"/> and indexes its complaints.</summary>
    public static void Fill(DuckDbWarehouse warehouse)
    {
        ServiceWorld.Fill(warehouse, "texts");
        Index(warehouse);
    }

    /// <summary>Runs the index model, then the term months' (mart_complaint_term_month), for every complaint in the warehouse (the
    /// batch a full load would give them).</summary>
    public static void Index(DuckDbWarehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        connection.ExecuteNonQuery("create or replace temp table batch_fact_complaints as select complaint_id from fct_complaint;");
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_complaint_term"].Sql, ("run_id", 1L), ("full", true));
        // the term months' model reads the staging view of the landed complaints (empty here), which only a load creates
        connection.ExecuteNonQuery($"create or replace view stg_complaints as\n{ModelRunner.Graph["stg_complaints"].Sql}");
        connection.ExecuteNonQuery(ModelRunner.Graph["mart_complaint_term_month"].Sql, ("run_id", 1L), ("full", true));
    }
}
