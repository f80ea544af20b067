using System.Globalization;
using System.Text;

namespace Insights.Reports.Export;

/// <summary>
/// The one way Insights writes CSV (site downloads and the CLI): RFC 4180 (comma-separated, CRLF line ends, a field quoted
/// when it holds a comma, a double quote, CR or LF, its quotes doubled), culture-invariant values, and text cells defused
/// against formula injection.
/// </summary>
public static class CsvExport
{
    /// <summary>Encoding of exported files: UTF-8 with a byte-order mark, so spreadsheet programs do not guess a code page.</summary>
    public static Encoding FileEncoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes a header line and one line per row; returns the number of rows written (header not counted).</summary>
    public static long Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        WriteLine(writer, header);
        long count = 0;
        foreach (var row in rows)
        {
            WriteLine(writer, row);
            count++;
        }
        return count;
    }

    /// <summary>Writes the CSV to <paramref name="path"/> (created or replaced) in <see cref="FileEncoding"/>; returns the row count.</summary>
    public static long WriteFile(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var writer = new StreamWriter(path, append: false, FileEncoding);
        return Write(writer, header, rows);
    }

    /// <summary>
    /// Writes a header line and one line per row, asynchronously (an HTTP response allows no synchronous writes); returns the
    /// number of rows written.
    /// </summary>
    public static async Task<long> WriteAsync(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows,
        CancellationToken cancellationToken)
    {
        var line = new StringWriter();
        WriteLine(line, header);
        long count = 0;
        foreach (var row in rows)
        {
            WriteLine(line, row);
            count++;
            // a few kilobytes at a time: one await per row would cost more than the row
            if (line.GetStringBuilder().Length < 32_768) continue;
            await writer.WriteAsync(line.GetStringBuilder(), cancellationToken);
            line.GetStringBuilder().Clear();
        }
        await writer.WriteAsync(line.GetStringBuilder(), cancellationToken);
        return count;
    }

    /// <summary>One value as a CSV field: formatted, defused when it is text, quoted when needed.</summary>
    public static string Field(object? value) => Quote(Format(value));

    static void WriteLine(TextWriter writer, IEnumerable<object?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first) writer.Write(',');
            writer.Write(Field(cell));
            first = false;
        }
        writer.Write("\r\n");   // RFC 4180 line break, whatever the platform's
    }

    static string Format(object? value) => value switch
    {
        null => "",
        string text => Defuse(text),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        // Numbers we format ourselves: a leading minus is a sign, not a formula, and "'-5" would no longer be a number.
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => Defuse(value.ToString() ?? ""),
    };

    // Formula (CSV) injection: a spreadsheet that opens the file runs a cell starting with =, +, - or @ as a formula (=HYPERLINK,
    // DDE payloads...), and a leading tab or carriage return can hide such a character from a naive check. Text cells carry user
    // input (quarantined raw lines, names, complaint text), so every one starting with such a character gets a leading apostrophe,
    // which makes the spreadsheet show it as text. See OWASP, "CSV Injection": https://owasp.org/www-community/attacks/CSV_Injection
    static string Defuse(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
