using System.Text.RegularExpressions;
using Insights.Warehouse;

namespace Insights.Tests.Reports;

/// <summary>
/// Report SQL files are whole statements (issue 15): no template placeholder in braces (a lower-case name such as
/// {conditions}: DuckDB's own braces, struct literals and regex classes like \p{L}, are not such), and no file that begins with a
/// comma or a continued where, so each runs as it is in a DuckDB shell with $parameters.
/// </summary>
public sealed partial class ReportSqlShapeTests
{
    [Fact]
    public void No_report_sql_file_holds_a_placeholder_or_continues_another()
    {
        var assembly = typeof(Insights.Reports.ReportsHostingExtensions).Assembly;
        var files = assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.Ordinal)).ToList();
        Assert.True(files.Count > 100, $"only {files.Count} report .sql files");
        Assert.All(files, name =>
        {
            var code = string.Join('\n', SqlResource.Read(assembly, name).Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal)));
            Assert.False(Placeholder().IsMatch(code), $"{name} holds a template placeholder: {Placeholder().Match(code).Value}");
            var first = code.TrimStart();
            Assert.False(first.StartsWith(',') || first.StartsWith("and ", StringComparison.OrdinalIgnoreCase) || first.StartsWith("where ", StringComparison.OrdinalIgnoreCase),
                $"{name} continues another statement");
        });
    }

    [GeneratedRegex(@"(?<!\\p)\{[a-z_]+\}")]
    private static partial Regex Placeholder();
}
