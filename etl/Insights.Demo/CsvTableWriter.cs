using CsvHelper;
using Insights.Warehouse.Csv;

namespace Insights.Demo;

/// <summary>
/// Writes one CSV file the way a source system exports it and the ETL reads it, through the project's one CSV writer
/// (<see cref="CsvRows"/> for <see cref="CsvAudience.Machines"/>): UTF-8 without BOM, a header row, commas, LF line ends, RFC 4180
/// quoting only where a value holds a comma, quote or line break, '.' decimals, "yyyy-MM-dd HH:mm:ss" timestamps, and an empty
/// field for null. No injection escaping: the ETL must read it back as the source wrote it. The file appears under its name only
/// when complete (<see cref="StagedFile"/>).
/// </summary>
public sealed class CsvTableWriter : IDisposable
{
    readonly StagedFile _file;
    readonly CsvWriter _writer;

    /// <summary>Starts <paramref name="path"/> (under a temporary name) with its header row.</summary>
    public CsvTableWriter(string path, params string[] columns)
    {
        _file = new StagedFile(path);
        _writer = CsvRows.Open(_file.Stream, CsvAudience.Machines);
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
        _writer.WriteField(value, CsvRows.TimestampFormat);
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

    /// <summary>Closes the writer; without <see cref="Complete"/>, the temporary file is deleted.</summary>
    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }
}
