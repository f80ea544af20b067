using System.Reflection;
using DuckDB.NET.Data;

namespace Insights.Warehouse;

/// <summary>
/// Data checks as the project writes them: embedded <c>&lt;table&gt;__&lt;rule&gt;.sql</c> files under one namespace, each selecting
/// the rows that break its rule (zero rows: a pass). The load's checks (<see cref="ModelRunner.Checks"/>) and the after-load
/// step's are read and counted the same way.
/// </summary>
public static class DataChecks
{
    /// <summary>The checks embedded in <paramref name="assembly"/> under <paramref name="namespacePrefix"/>, as (name, select statement).</summary>
    public static IReadOnlyList<(string Name, string Sql)> Load(Assembly assembly, string namespacePrefix) =>
        SqlResource.List(assembly, namespacePrefix)
            .Select(r => (r[(namespacePrefix.Length + 1)..^".sql".Length], SqlResource.Read(assembly, r)))
            .ToList();

    /// <summary>How many rows break the check <paramref name="sql"/> on <paramref name="connection"/> (its transaction's view).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> fired before or while the check ran.</exception>
    public static long Failing(DuckDBConnection connection, string sql, CancellationToken ct = default)
    {
        using var command = connection.CreateCommand($"select count(*) from (\n{sql}\n)");
        return command.RunStopping(ct, c => Convert.ToInt64(c.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }
}
