using System.Text.RegularExpressions;

namespace Insights.Etl.Sources.Csv;

/// <summary>One column of a CSV export's contract: its name and its DuckDB type, as the export's <c>*_columns.sql</c> declares.</summary>
public sealed partial record CsvColumn(string Name, string Type)
{
    /// <summary>An integer type: its values must be written as whole numbers (a cast would round "2.5" to 3).</summary>
    public bool IsWholeNumber { get; } = Type.Trim().ToLowerInvariant() is "tinyint" or "smallint" or "integer" or "int" or "bigint" or "hugeint";

    /// <summary>The scale of a decimal type (decimals after the point), or null for any other type.</summary>
    public int? DecimalScale { get; } = DecimalType().Match(Type) is { Success: true } m ? int.Parse(m.Groups[1].ValueSpan, provider: null) : null;

    [GeneratedRegex(@"^\s*decimal\s*\(\s*\d+\s*,\s*(\d+)\s*\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DecimalType();
}
