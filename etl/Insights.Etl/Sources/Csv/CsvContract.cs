using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Insights.Warehouse;

namespace Insights.Etl.Sources.Csv;

/// <summary>
/// The columns a CSV export must have, in order, with their types: declared once, in SQL, as the variable csv_columns by the
/// export's <c>&lt;table&gt;_columns.sql</c>, which the header check and the read then use, and read back here for the gate.
/// </summary>
public sealed partial record CsvContract(IReadOnlyList<CsvColumn> Columns)
{
    /// <summary>The column names, in order: a CSV header, or the column list of a COPY that writes the same table.</summary>
    public IReadOnlyList<string> Names => [.. Columns.Select(c => c.Name)];

    /// <summary>
    /// Runs <paramref name="script"/> (embedded next to <paramref name="anchor"/>), which sets csv_columns on
    /// <paramref name="connection"/>, and returns the contract it declares.
    /// </summary>
    public static CsvContract Declare(DuckDBConnection connection, Type anchor, string script)
    {
        connection.ExecuteNonQuery(SqlResource.Load(anchor, script));
        return Read(anchor, script);
    }

    /// <summary>
    /// The contract <paramref name="script"/> declares, read from its text without running it: for a caller with no warehouse
    /// (the PostgreSQL extraction baseline). The script is ours and writes one struct literal of 'name': 'type' pairs, in order.
    /// </summary>
    /// <exception cref="InvalidOperationException">The script declares no column.</exception>
    public static CsvContract Read(Type anchor, string script)
    {
        var code = string.Join('\n', SqlResource.Load(anchor, script).Split('\n').Where(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal)));
        var columns = ColumnPair().Matches(code)
            .Select(m => new CsvColumn(m.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal),
                m.Groups[2].Value.Replace("''", "'", StringComparison.Ordinal)))
            .ToList();
        return columns.Count > 0 ? new CsvContract(columns)
            : throw new InvalidOperationException($"{script} declares no column ('name': 'type' pairs in csv_columns)");
    }

    // one 'name': 'type' pair of the struct literal (SQL strings: a quote inside is doubled), comment lines left out
    [GeneratedRegex(@"'((?:[^']|'')*)'\s*:\s*'((?:[^']|'')*)'")]
    private static partial Regex ColumnPair();
}
