using System.Buffers;
using System.Text;
using CsvHelper;

namespace Insights.Warehouse.Csv;

/// <summary>Who reads a CSV file: the one writer's two options (<see cref="CsvRows"/>).</summary>
public enum CsvAudience
{
    /// <summary>
    /// A person, in a spreadsheet (site downloads, the CLI's reports): CRLF line ends, flags as true/false, and text cells
    /// escaped against formula injection.
    /// </summary>
    People,

    /// <summary>
    /// A program that must read back exactly what was written (the demo world's source exports, the bench's source changes,
    /// which the ETL reads as a source system wrote them): LF line ends, text as it is, never escaped.
    /// </summary>
    Machines,
}

/// <summary>
/// The one way Insights writes CSV, through CsvHelper: RFC 4180 (comma-separated, a field quoted when it holds a comma, a double
/// quote, CR or LF, its quotes doubled), culture-invariant values, timestamps as "yyyy-MM-dd HH:mm:ss" (an offset converted to
/// UTC), and an empty field for null. What differs between a file for people and one for machines is an option
/// (<see cref="CsvAudience"/>), not another writer.
/// </summary>
public static class CsvRows
{
    /// <summary>The timestamp form of every CSV (CsvHelper's default is ISO 8601 round-trip).</summary>
    public const string TimestampFormat = "yyyy-MM-dd HH:mm:ss";

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
    static readonly CsvWriterOptions ForPeople = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        TrueValue = "true",
        FalseValue = "false",
    };

    // a machine export must read back as written: no escaping (an apostrophe would become part of the value), LF line ends
    static readonly CsvWriterOptions ForMachines = CsvWriterOptions.Default with { NewLine = "\n" };

    static CsvWriterOptions Options(CsvAudience audience) => audience == CsvAudience.People ? ForPeople : ForMachines;

    /// <summary>A CsvHelper writer over <paramref name="writer"/> for <paramref name="audience"/>.</summary>
    public static CsvWriter Open(TextWriter writer, CsvAudience audience, bool leaveOpen = true) =>
        CsvWriter.Create(writer, Options(audience), leaveOpen);

    /// <summary>A CsvHelper writer over <paramref name="stream"/> (UTF-8 without BOM) for <paramref name="audience"/>.</summary>
    public static CsvWriter Open(Stream stream, CsvAudience audience, bool leaveOpen = true) =>
        CsvWriter.Create(stream, Options(audience), leaveOpen);

    /// <summary>Writes one row's cells (the caller ends the record); for people, text cells are defused as described above.</summary>
    public static void WriteCells(CsvWriter csv, IEnumerable<object?> row, CsvAudience audience)
    {
        foreach (var cell in row)
        {
            switch (cell)
            {
                case DateTime time: csv.WriteField(time, TimestampFormat); break;
                case DateTimeOffset time: csv.WriteField(time.UtcDateTime, TimestampFormat); break;
                case string text when audience == CsvAudience.People && DefuseAfterSeparators(text) is { } defused:
                    csv.WriteField(defused, CsvQuoting.Always);
                    break;
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
