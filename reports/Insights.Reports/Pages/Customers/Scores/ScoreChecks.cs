using DuckDB.NET.Data;
using Insights.Warehouse;

namespace Insights.Reports.Pages.Customers.Scores;

/// <summary>
/// The data checks of the three tables the after-load step writes (mart_customer_score, mart_customer_offer,
/// mart_customer_score_fit), as the load's own checks (Insights.Warehouse/Checks) do for the marts the models build: each
/// Checks/*.sql selects the rows that break a rule. The step runs them in its transaction before it commits, so a write that
/// breaks one is rolled back and readers keep the last good scores.
/// </summary>
public static class ScoreChecks
{
    const string Prefix = "Insights.Reports.Pages.Customers.Scores.Checks";

    /// <summary>The checks, as (name, select statement).</summary>
    public static IReadOnlyList<(string Name, string Sql)> All { get; } = DataChecks.Load(typeof(ScoreChecks).Assembly, Prefix);

    /// <summary>The names of the checks that find a breaking row on <paramref name="connection"/> (its transaction's view).</summary>
    public static IReadOnlyList<string> Failed(DuckDBConnection connection) =>
        All.Where(check => DataChecks.Failing(connection, check.Sql) > 0).Select(check => check.Name).ToList();
}
