using System.Buffers;
using System.Text;
using CsvHelper;

namespace Insights.Reports.Export;

/// <summary>
/// The one way Insights writes CSV for people (site downloads and the CLI), through CsvHelper: RFC 4180 (comma-separated, CRLF
/// line ends, a field quoted when it holds a comma, a double quote, CR or LF, its quotes doubled), culture-invariant values, and
/// text cells escaped against formula injection by CsvHelper's own <see cref="CsvInjection.Escape"/>.
/// </summary>
public static class CsvExport
{
    /// <summary>Encoding of exported files: UTF-8 with a byte-order mark, so spreadsheet programs do not guess a code page.</summary>
    public static Encoding FileEncoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    // Formula (CSV) injection: a spreadsheet that opens the file runs a cell starting with =, +, - or @ as a formula (=HYPERLINK,
    // DDE payloads...), and a leading tab or carriage return can hide such a character from a naive check. Text cells carry user
    // input (quarantined raw lines, names, complaint text), so CsvHelper puts an apostrophe in front of every text cell starting
    // with one of those characters (its defaults, as OWASP recommends) and quotes it; a spreadsheet then shows it as text. Numbers,
    // dates and flags are not text to it, so a negative number stays a number. https://owasp.org/www-community/attacks/CSV_Injection
    //
    // A formula can also follow a separator inside a cell ("Smith;=1+1;"): a spreadsheet in a locale whose list separator is ';'
    // (or one told to split on ',') cuts the cell there, and the piece after it starts with '='. Such a piece gets an apostrophe
    // right after its separator ("Smith;'=1+1;"), quotes and spaces before the trigger included, and the whole cell is quoted,
    // so however a program splits the cell, no piece starts with a formula.
    static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        TrueValue = "true",
        FalseValue = "false",
    };

    /// <summary>Writes a header line and one line per row; returns the number of rows written (header not counted).</summary>
    public static long Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        csv.WriteHeader(header.ToArray());
        long count = 0;
        foreach (var row in rows)
        {
            WriteCells(csv, row);
            csv.EndRecord();
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
        // CsvHelper buffers and writes out only when its buffer is mostly full: one await per buffer, not per row
        await using var csv = CsvWriter.Create(writer, Options, leaveOpen: true);
        csv.WriteHeader(header.ToArray());
        long count = 0;
        foreach (var row in rows)
        {
            WriteCells(csv, row);
            await csv.EndRecordAsync(cancellationToken);
            count++;
        }
        return count;
    }

    static void WriteCells(CsvWriter csv, IReadOnlyList<object?> row)
    {
        foreach (var cell in row)
        {
            switch (cell)
            {
                // timestamps in one fixed form (CsvHelper's default is ISO 8601 round-trip), an offset converted to UTC
                case DateTime time: csv.WriteField(time, "yyyy-MM-dd HH:mm:ss"); break;
                case DateTimeOffset time: csv.WriteField(time.UtcDateTime, "yyyy-MM-dd HH:mm:ss"); break;
                case string text when DefuseAfterSeparators(text) is { } defused: csv.WriteField(defused, CsvQuoting.Always); break;
                default: csv.WriteField(cell); break;
            }
        }
    }

    // the characters CsvHelper's escape looks for at a cell's start (its defaults), and the separators a spreadsheet may split on
    static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");
    static readonly SearchValues<char> Separators = SearchValues.Create(",;");

    /// <summary>
    /// <paramref name="text"/> with an apostrophe after every ',' or ';' that a formula follows (after spaces or quotes), or null
    /// when there is none (the common case, so most cells are written as they are).
    /// </summary>
    static string? DefuseAfterSeparators(string text)
    {
        StringBuilder? defused = null;
        var copied = 0;
        for (var at = text.AsSpan().IndexOfAny(Separators); at >= 0 && at < text.Length;)
        {
            var next = at + 1;
            while (next < text.Length && text[next] is ' ' or '"') next++;
            if (next < text.Length && FormulaStarts.Contains(text[next]))
            {
                defused ??= new StringBuilder(text.Length + 4);
                defused.Append(text, copied, at + 1 - copied).Append('\'');
                copied = at + 1;
            }
            var further = text.AsSpan(at + 1).IndexOfAny(Separators);
            at = further < 0 ? -1 : at + 1 + further;
        }
        return defused?.Append(text, copied, text.Length - copied).ToString();
    }
}
