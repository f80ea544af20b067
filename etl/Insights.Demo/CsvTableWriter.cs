using System.Buffers;
using System.Globalization;
using System.Text;

namespace Insights.Demo;

/// <summary>
/// Writes one CSV file the way the ETL reads it: UTF-8 without BOM, a header row, commas, RFC 4180 quoting only where a value
/// holds a comma, quote or line break, '.' decimals, "yyyy-MM-dd HH:mm:ss" timestamps, and an empty field for null.
/// </summary>
sealed class CsvTableWriter : IDisposable
{
    static readonly SearchValues<char> NeedsQuoting = SearchValues.Create(",\"\r\n");
    readonly StagedFile _file;
    readonly StreamWriter _writer;
    bool _rowStarted;

    public CsvTableWriter(string path, params string[] columns)
    {
        _file = new StagedFile(path);
        _writer = new StreamWriter(_file.Stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16)
        {
            NewLine = "\n",
        };
        foreach (var column in columns) Text(column);
        EndRow();
    }

    public CsvTableWriter Text(string? value)
    {
        Separate();
        if (string.IsNullOrEmpty(value)) return this;
        if (value.AsSpan().IndexOfAny(NeedsQuoting) < 0)
        {
            _writer.Write(value);
            return this;
        }
        _writer.Write('"');
        _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
        return this;
    }

    /// <summary>Writes a whole number, or an empty field for null.</summary>
    public CsvTableWriter Number(long? value) => value is { } v ? Formatted(v, default) : Text(null);

    public CsvTableWriter Money(decimal value) => Formatted(value, "0.00");

    public CsvTableWriter Timestamp(DateTime value) => Formatted(value, "yyyy-MM-dd HH:mm:ss");

    public void EndRow()
    {
        _writer.Write('\n');
        _rowStarted = false;
    }

    /// <summary>Flushes and renames the file into place.</summary>
    public void Complete()
    {
        _writer.Flush();
        _file.Commit();
    }

    public void Dispose() => _file.Dispose();

    CsvTableWriter Formatted<T>(T value, ReadOnlySpan<char> format) where T : ISpanFormattable
    {
        Separate();
        Span<char> buffer = stackalloc char[40];
        if (!value.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"{value} does not fit a CSV field buffer.");
        _writer.Write(buffer[..written]);
        return this;
    }

    void Separate()
    {
        if (_rowStarted) _writer.Write(',');
        _rowStarted = true;
    }
}
