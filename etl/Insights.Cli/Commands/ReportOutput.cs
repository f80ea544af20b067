using System.CommandLine;
using System.Text.Json;
using Insights.Reports.Export;

namespace Insights.Cli.Commands;

/// <summary>
/// How a `report` command prints rows: `--format csv` (through <see cref="CsvExport"/>) or json of { parameters, rows }. A json
/// row is an object keyed by the csv's column names, so both formats name a column alike (snake_case, stable).
/// </summary>
static class ReportOutput
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The `--format csv|json` option (json by default).</summary>
    public static Option<string> Format()
    {
        var format = new Option<string>("--format") { Description = "csv or json", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("csv", "json");
        return format;
    }

    /// <summary>Writes <paramref name="rows"/> to standard output in <paramref name="format"/>; the parameters go into json only.</summary>
    public static void Print<T>(string format, object parameters, IReadOnlyList<T> rows, IReadOnlyList<string> header,
        Func<T, IReadOnlyList<object?>> cells)
    {
        if (format == "csv")
            CsvExport.Write(Console.Out, header, rows.Select(cells));
        else
            Console.WriteLine(JsonSerializer.Serialize(new { parameters, rows = Named(rows, header, cells) }, Json));
    }

    /// <summary>The rows as json objects keyed by the csv's column names, for a command whose json holds more than the rows.</summary>
    public static IEnumerable<Dictionary<string, object?>> Named<T>(IEnumerable<T> rows, IReadOnlyList<string> header,
        Func<T, IReadOnlyList<object?>> cells) => rows.Select(row => Named(header, cells(row)));

    // the row as column name → value, in the csv's column order
    static Dictionary<string, object?> Named(IReadOnlyList<string> header, IReadOnlyList<object?> cells)
    {
        var named = new Dictionary<string, object?>(header.Count);
        for (var i = 0; i < header.Count; i++) named[header[i]] = cells[i];
        return named;
    }
}
