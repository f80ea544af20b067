using DuckDB.NET.Data;
using Insights.Etl.Sources.Csv;
using Insights.Etl.Sources.Landing;

namespace Insights.Etl.Sources.Operational;

/// <summary>The steps every operational loader shares once its rows are in the landing tables.</summary>
public static class OperationalLanding
{
    /// <summary>
    /// Declares the columns of <paramref name="table"/> on <paramref name="connection"/> (csv_columns) and returns them: the CSV
    /// export's contract (&lt;table&gt;_columns.sql, the one list per operational table).
    /// </summary>
    public static CsvContract Columns(DuckDBConnection connection, LandingTable table) =>
        CsvContract.Declare(connection, typeof(OperationalLanding), ColumnsScript(table.Name));

    /// <summary>The columns of <paramref name="table"/> in order, with their types, as &lt;table&gt;_columns.sql lists them.</summary>
    public static CsvContract Columns(string table) => CsvContract.Read(typeof(OperationalLanding), ColumnsScript(table));

    static string ColumnsScript(string table) => table + "_columns.sql";

    /// <summary>Creates the five landing tables.</summary>
    public static void CreateAll(DuckDBConnection connection)
    {
        foreach (var table in LandingTables.Operational) Landing.Landing.Create(connection, table);
    }

    /// <summary>
    /// Quarantines the landed rows no model can use, then appends the rest to the raw tables; <paramref name="rejectedEarlier"/>
    /// rows were refused before landing (unparsable lines) and count as read and quarantined. The shop's own code lists (order
    /// channels and statuses) apply only to the shop's source, whether it comes as files or from PostgreSQL.
    /// </summary>
    public static LoadCounts Finish(DuckDBConnection connection, long runId, string source, DateTime nowUtc, long rejectedEarlier)
    {
        var unusable = source == SourceNames.Operational
            ? UnusableRows.Quarantine(typeof(OperationalLanding), connection, runId, source, nowUtc, "quarantine_unknown_shop_codes.sql")
            : 0;
        unusable += UnusableRows.Quarantine(typeof(OperationalLanding), connection, runId, source, nowUtc);
        var counts = new LoadCounts(rejectedEarlier + unusable, 0, rejectedEarlier + unusable);
        foreach (var table in LandingTables.Operational)
        {
            var appended = Landing.Landing.AppendToRaw(connection, table, runId, source, nowUtc);
            counts += new LoadCounts(appended.Landed, appended.Appended, appended.Conflicts, appended.Skipped);
        }
        return counts;
    }
}
