using System.Text;
using Insights.Warehouse.Csv;

namespace Insights.Reports.Export;

/// <summary>
/// CSV for people (site downloads and the CLI): the project's one writer (<see cref="CsvRows"/>, CsvHelper) with its
/// <see cref="CsvAudience.People"/> option: CRLF line ends, culture-invariant values, and text cells escaped against formula
/// injection; a header line first, and files in UTF-8 with a byte-order mark.
/// </summary>
public static class CsvExport
{
    /// <summary>Encoding of exported files: UTF-8 with a byte-order mark, so spreadsheet programs do not guess a code page.</summary>
    public static Encoding FileEncoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes a header line and one line per row; returns the number of rows written (header not counted).</summary>
    public static long Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var csv = CsvRows.Open(writer, CsvAudience.People);
        csv.WriteHeader(header.ToArray());
        long count = 0;
        foreach (var row in rows)
        {
            CsvRows.WriteCells(csv, row, CsvAudience.People);
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
        await using var csv = CsvRows.Open(writer, CsvAudience.People);
        csv.WriteHeader(header.ToArray());
        long count = 0;
        foreach (var row in rows)
        {
            CsvRows.WriteCells(csv, row, CsvAudience.People);
            await csv.EndRecordAsync(cancellationToken);
            count++;
        }
        return count;
    }
}
