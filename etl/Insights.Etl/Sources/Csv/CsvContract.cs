using System.Text.Json;
using DuckDB.NET.Data;
using Insights.Warehouse;

namespace Insights.Etl.Sources.Csv;

/// <summary>
/// The columns a CSV export must have, in order, with their types: declared once, in SQL, as the variable csv_columns by the
/// export's <c>&lt;table&gt;_columns.sql</c>, which the header check and the read then use, and read back here for the gate.
/// </summary>
public sealed record CsvContract(IReadOnlyList<CsvColumn> Columns)
{
    /// <summary>
    /// Runs <paramref name="script"/> (embedded next to <paramref name="anchor"/>), which sets csv_columns on
    /// <paramref name="connection"/>, and returns the contract it declares.
    /// </summary>
    public static CsvContract Declare(DuckDBConnection connection, Type anchor, string script)
    {
        connection.ExecuteNonQuery(SqlResource.Load(anchor, script));
        var json = connection.ExecuteScalar<string>("select to_json(getvariable('csv_columns'))::varchar");
        using var document = JsonDocument.Parse(json);
        // a JSON object keeps the struct's field order, which is the file's column order
        return new CsvContract(document.RootElement.EnumerateObject().Select(p => new CsvColumn(p.Name, p.Value.GetString()!)).ToList());
    }
}
