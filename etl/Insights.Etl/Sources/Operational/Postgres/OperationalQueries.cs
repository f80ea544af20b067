using System.Globalization;
using Insights.Warehouse;

namespace Insights.Etl.Sources.Operational.Postgres;

/// <summary>
/// The select that extracts one operational table: &lt;table&gt;.sql with its cursor and columns filled in, or &lt;table&gt;_full.sql
/// on a full load where a table has one (order lines: a full load reads them all, and the changed-orders filter only costs there).
/// The columns are the table's one list (&lt;table&gt;_columns.sql, see <see cref="OperationalLanding.Columns(string)"/>).
/// </summary>
public static class OperationalQueries
{
    /// <summary>The select for <paramref name="table"/>, reading rows changed at or after <paramref name="since"/> (all when null).</summary>
    public static string Select(string table, DateTime? since)
    {
        var columns = OperationalLanding.Columns(table);
        var sql = since is null && SqlResource.Exists<OperationalPostgresLoader>(table + "_full.sql")
            ? SqlResource.Load<OperationalPostgresLoader>(table + "_full.sql")
            : SqlResource.Load<OperationalPostgresLoader>(table + ".sql");
        return sql.Trim().TrimEnd(';').Replace("{since}", Literal(since), StringComparison.Ordinal)
            .Replace("{columns}", string.Join(", ", columns.Columns.Select(c => Identifier(c.Name))), StringComparison.Ordinal);
    }

    // the names come from our own embedded list, never from input; quoted all the same, as PostgreSQL identifiers
    static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    // the cursor is ours (a DateTime), never input, so it can be written into the COPY query, which takes no parameters
    static string Literal(DateTime? since) => since is { } at
        ? "timestamptz '" + at.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "+00'"
        : "'-infinity'::timestamptz";
}
