using DuckDB.NET.Data;
using Insights.Warehouse;

namespace Insights.Etl.Sources;

/// <summary>
/// The SQL macros every source's scripts may use, declared once on a load's connection before its source runs:
/// <c>file_lines(paths)</c> (a file's lines from its bytes, whatever its encoding and line endings), and the value rules of
/// value_rules.sql: <c>whole_number_problem</c>, <c>decimal_problem</c> and <c>event_time_problem</c> (an event's time lies
/// between Etl:EarliestDate and the load's time plus Etl:FutureTolerance). Each rule is written once, in its .sql file, and called by name.
/// </summary>
public static class LoadMacros
{
    static readonly string FileLinesSql = SqlResource.Load(typeof(LoadMacros), "file_lines.sql");
    static readonly string ValueRulesSql = SqlResource.Load(typeof(LoadMacros), "value_rules.sql");

    /// <summary>Declares the macros on <paramref name="connection"/> for a load running at <paramref name="nowUtc"/>.</summary>
    public static void Declare(DuckDBConnection connection, EtlOptions options, DateTime nowUtc)
    {
        connection.ExecuteNonQuery(FileLinesSql);
        connection.ExecuteNonQuery(ValueRulesSql,
            ("earliest", options.EarliestDate.ToDateTime(TimeOnly.MinValue)),
            ("latest", nowUtc + options.FutureTolerance),
            ("tolerance", InWords(options.FutureTolerance)));
    }

    /// <summary>A tolerance as a person says it: "1 day", "2 days 6 hours", "30 minutes", "0 minutes".</summary>
    public static string InWords(TimeSpan span)
    {
        static string Part(int n, string unit) => n == 0 ? "" : $"{n} {unit}{(n == 1 ? "" : "s")}";
        var words = string.Join(" ", new[] { Part(span.Days, "day"), Part(span.Hours, "hour"), Part(span.Minutes, "minute"),
            Part(span.Seconds, "second") }.Where(p => p.Length > 0));
        return words.Length > 0 ? words : "0 minutes";
    }
}
