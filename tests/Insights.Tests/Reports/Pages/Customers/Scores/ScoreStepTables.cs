using System.Globalization;

namespace Insights.Tests.Reports.Pages.Customers.Scores;

/// <summary>
/// What the customer scores step writes, as text rows to compare two ways of getting there (a skipped or incremental run against
/// a full one): its tables without the columns that stamp the run or the time of the fit, and the inputs' fingerprint only
/// when asked (a skipped run keeps the one it found).
/// </summary>
static class ScoreStepTables
{
    public static List<string> Of(WarehouseHost host, bool withFingerprint)
    {
        IEnumerable<string> Text(string sql) => Rows(host, sql);
        var fitExcluded = withFingerprint ? "run_id, fitted_at, category_overdue_run_id, category_cycle_run_id" : "run_id, fitted_at, category_overdue_run_id, category_cycle_run_id, inputs_fingerprint";
        return
        [
            .. Text("select * exclude (run_id) from mart_customer_score order by customer_id"),
            .. Text("select * exclude (run_id) from mart_customer_offer order by customer_id, offer_rank"),
            .. Text("select * exclude (run_id) from mart_customer_category_overdue order by all"),
            .. Text("select * exclude (run_id, gaps_per_week), array_to_string(gaps_per_week, ',') from mart_category_cycle order by all"),
            .. Text("select * from mart_customer_offer_block order by all"),
            .. Text($"select * exclude ({fitExcluded}) from mart_customer_score_fit"),
            .. Text("select * from mart_segment_customer order by customer_id"),
        ];
    }

    /// <summary>A query's rows, each its values joined by |.</summary>
    public static IEnumerable<string> Rows(WarehouseHost host, string sql) =>
        host.Rows(sql).Select(row => string.Join("|", row.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
}
