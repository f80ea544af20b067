using CsvHelper;

namespace Insights.Demo;

/// <summary>
/// Writes one CSV file the way a source system exports it and the ETL reads it, through CsvHelper: UTF-8 without BOM, a header
/// row, commas, LF line ends, RFC 4180 quoting only where a value holds a comma, quote or line break, '.' decimals,
/// "yyyy-MM-dd HH:mm:ss" timestamps, and an empty field for null. No injection escaping: this is a machine export that the ETL
/// must read back as the source wrote it, not a file for a spreadsheet (those go through Insights.Reports' CsvExport).
/// </summary>
sealed class CsvTableWriter : IDisposable
{
    static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { NewLine = "\n" };
    readonly StagedFile _file;
    readonly CsvWriter _writer;

    public CsvTableWriter(string path, params string[] columns)
    {
        _file = new StagedFile(path);
        _writer = CsvWriter.Create(_file.Stream, Options, leaveOpen: true);
        _writer.WriteHeader(columns);
    }

    /// <summary>Writes a text field; null or empty is an empty field.</summary>
    public CsvTableWriter Text(string? value)
    {
        _writer.WriteField(value);
        return this;
    }

    /// <summary>Writes a whole number, or an empty field for null.</summary>
    public CsvTableWriter Number(long? value)
    {
        _writer.WriteField(value);
        return this;
    }

    /// <summary>Writes an amount with two decimals.</summary>
    public CsvTableWriter Money(decimal value)
    {
        _writer.WriteField(value, "0.00");
        return this;
    }

    /// <summary>Writes a timestamp as yyyy-MM-dd HH:mm:ss.</summary>
    public CsvTableWriter Timestamp(DateTime value)
    {
        _writer.WriteField(value, "yyyy-MM-dd HH:mm:ss");
        return this;
    }

    /// <summary>Ends the current row.</summary>
    public void EndRow() => _writer.EndRecord();

    /// <summary>Flushes and renames the file into place.</summary>
    public void Complete()
    {
        _writer.Dispose();
        _file.Commit();
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }
}
